## Oferta rabatu za szybką płatność (e-mail, gdy windykator proponuje rabat na określony czas). Sekcje: subject, body.
== subject
Oferta rabatu: zapłać {{discountedAmount}} zamiast {{debt}} do {{validUntil}}
== body
{{greeting}}

zgodnie z naszą rozmową ({{offeredBy}}) oferujemy Państwu rabat {{percent}} od kwoty {{debt}}{{#hasDocuments}} (faktury {{documentList}}){{/hasDocuments}}.

Jeśli kwota {{discountedAmount}} wpłynie do nas w całości do {{validUntil}}, nie muszą Państwo płacić pozostałych {{discount}}. Prosimy podać {{reference}} w tytule przelewu.

Po {{validUntil}} oferta wygasa i należy zapłacić pełną kwotę {{debt}}.

Z poważaniem
{{offeredBy}}
