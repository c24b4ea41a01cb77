## Drugie, stanowcze przypomnienie (ton FIRM).
== subject
Ponowne przypomnienie: zaległe {{totalDue}}, prosimy o zapłatę do {{payBy}}
== body
{{greeting}}

Niedawno przypominaliśmy Państwu o {{#singleItem}}poniższej fakturze{{/singleItem}}{{^singleItem}}poniższych fakturach{{/singleItem}}, jednak do dziś nie otrzymaliśmy płatności.

{{#items}}
- Faktura {{documentNumber}} z {{issueDate}}, termin płatności minął {{dueDate}}, pozostało do zapłaty: {{outstanding}}
{{/items}}

{{charges}}

Prosimy o wpłatę {{totalDue}} najpóźniej do {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

Jeśli z jakiegoś powodu nie mogą Państwo zapłacić, prosimy o kontakt przed {{payBy}}, abyśmy mogli wspólnie znaleźć rozwiązanie.

{{closing}}
