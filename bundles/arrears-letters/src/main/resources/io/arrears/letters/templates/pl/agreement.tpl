## Pismo z porozumieniem o spłacie ratalnej (gdy windykator uzgodni plan). Sekcje: subject, body.
== subject
Nasze porozumienie: plan spłaty {{planId}}
== body
{{greeting}}

dziękujemy za uzgodnienie planu spłaty z {{agreedBy}} w dniu {{agreedOn}}. Ureguluje Pan/Pani kwotę {{total}}{{#hasDocuments}} (faktury {{documentList}}){{/hasDocuments}} w następujących ratach:

{{#instalments}}
- {{#downPayment}}Wpłata własna{{/downPayment}}{{^downPayment}}Rata {{number}}{{/downPayment}}: {{amount}} do {{dueDate}}{{#interest}} (w tym {{amount}} odsetek){{/interest}}
{{/instalments}}

Łącznie: {{totalPayable}}.

{{paymentDetails}}

Dopóki wpłaty docierają na czas, nie wysyłamy żadnych upomnień. Jeśli rata spóźni się o więcej niż {{graceDays}} dni, porozumienie wygasa, a cała pozostała kwota staje się natychmiast wymagalna.

{{closing}}
