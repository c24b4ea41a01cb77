## Erste Zahlungserinnerung nach Fälligkeit (Ton NEUTRAL).
== subject
Zahlungserinnerung: {{totalDue}} offen
== body
{{greeting}}

laut unserer Buchhaltung {{#singleItem}}ist die folgende Rechnung{{/singleItem}}{{^singleItem}}sind die folgenden Rechnungen{{/singleItem}} noch nicht bezahlt. Vielleicht ist die Zahlung einfach übersehen worden.

{{#items}}
- Rechnung {{documentNumber}} vom {{issueDate}}, fällig am {{dueDate}}, noch offen: {{outstanding}}
{{/items}}

{{charges}}

Bitte überweisen Sie den Gesamtbetrag von {{totalDue}} bis zum {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

Sollten Sie inzwischen gezahlt haben, danken wir Ihnen – dann ist dieses Schreiben gegenstandslos. Bei Fragen zu {{#singleItem}}der Rechnung{{/singleItem}}{{^singleItem}}den Rechnungen{{/singleItem}} antworten Sie einfach auf diese Nachricht.

{{closing}}
