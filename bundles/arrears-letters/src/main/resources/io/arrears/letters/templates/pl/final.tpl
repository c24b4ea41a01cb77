## Ostatnie wezwanie przed przekazaniem sprawy dalej (ton FINAL).
== subject
Ostateczne wezwanie do zapłaty: {{totalDue}} do {{payBy}}
== body
{{greeting}}

Mimo wcześniejszych przypomnień następujące kwoty nadal nie zostały zapłacone:

{{#items}}
- Faktura {{documentNumber}} z {{issueDate}}, termin płatności minął {{dueDate}}, pozostało do zapłaty: {{outstanding}}
{{/items}}

{{charges}}

To nasze ostatnie przypomnienie. Prosimy o wpłatę {{totalDue}} do {{payBy}}. Jeśli do tego dnia nie otrzymamy płatności ani wiadomości od Państwa, będziemy zmuszeni podjąć dalsze kroki w celu odzyskania należności, na przykład przekazać sprawę firmie windykacyjnej. Może to oznaczać dla Państwa dodatkowe koszty.

{{paymentDetails}}

{{behaviourNote}}

Wolelibyśmy rozwiązać tę sprawę bezpośrednio z Państwem. Jeśli chcą Państwo porozmawiać o płatności, prosimy o kontakt przed {{payBy}}.

{{closing}}
