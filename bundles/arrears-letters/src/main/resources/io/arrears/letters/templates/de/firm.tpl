## Zweite, deutlichere Erinnerung (Ton FIRM).
== subject
Zweite Mahnung: {{totalDue}} überfällig – bitte zahlen Sie bis zum {{payBy}}
== body
{{greeting}}

wir haben Sie vor Kurzem an {{#singleItem}}die unten aufgeführte Rechnung{{/singleItem}}{{^singleItem}}die unten aufgeführten Rechnungen{{/singleItem}} erinnert, Ihre Zahlung ist bei uns aber noch nicht eingegangen.

{{#items}}
- Rechnung {{documentNumber}} vom {{issueDate}}, fällig seit dem {{dueDate}}, noch offen: {{outstanding}}
{{/items}}

{{charges}}

Bitte überweisen Sie {{totalDue}} spätestens bis zum {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

Falls es einen Grund gibt, warum Sie nicht zahlen können, melden Sie sich bitte vor dem {{payBy}} bei uns, damit wir gemeinsam eine Lösung finden.

{{closing}}
