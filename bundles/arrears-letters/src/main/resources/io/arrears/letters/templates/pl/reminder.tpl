## Pierwsze przypomnienie po terminie płatności (ton NEUTRAL).
== subject
Przypomnienie o płatności: {{totalDue}} do zapłaty
== body
{{greeting}}

Według naszych zapisów {{#singleItem}}następująca faktura nie została jeszcze opłacona{{/singleItem}}{{^singleItem}}następujące faktury nie zostały jeszcze opłacone{{/singleItem}}. Być może płatność po prostu umknęła Państwa uwadze.

{{#items}}
- Faktura {{documentNumber}} z {{issueDate}}, termin płatności {{dueDate}}, pozostało do zapłaty: {{outstanding}}
{{/items}}

{{charges}}

Prosimy o wpłatę łącznej kwoty {{totalDue}} do {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

Jeśli w międzyczasie dokonali Państwo płatności, dziękujemy – to przypomnienie jest wtedy nieaktualne. W razie pytań dotyczących {{#singleItem}}faktury{{/singleItem}}{{^singleItem}}faktur{{/singleItem}} wystarczy odpowiedzieć na tę wiadomość.

{{closing}}
