## Uprzejme przypomnienie przed terminem płatności lub w dniu terminu (ton FRIENDLY).
== subject
Przypomnienie: {{totalDue}} do zapłaty do {{payBy}}
== body
{{greeting}}

Uprzejmie przypominamy, że wkrótce mija termin płatności {{#singleItem}}następującej faktury{{/singleItem}}{{^singleItem}}następujących faktur{{/singleItem}}:

{{#items}}
- Faktura {{documentNumber}} z {{issueDate}}, termin płatności {{dueDate}}: {{outstanding}}
{{/items}}

{{charges}}

Łączna kwota: {{totalDue}}, płatna do {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

Jeśli płatność została już zlecona, dziękujemy – w takim przypadku prosimy nie brać tej wiadomości pod uwagę.

{{closing}}
