## Gemeinsame Teile aller deutschen Schreiben. Ein Abschnitt darf leer sein, aber nicht fehlen.
== greeting.named
Guten Tag {{contactPerson}},
== greeting.generic
Sehr geehrte Damen und Herren,
== payment
Empfänger: {{creditorName}}
IBAN: {{iban}}
{{#bic}}
BIC: {{code}}
{{/bic}}
Verwendungszweck: {{reference}} (bitte angeben, damit wir Ihre Zahlung zuordnen können)
{{#paymentLink}}
Online bezahlen: {{url}}
{{/paymentLink}}
== charges
{{#hasCharges}}
Hinzu kommen folgende Zinsen und Kosten:

{{#interest}}
- Verzugszinsen für Rechnung {{documentNumber}} ({{rate}} pro Jahr, {{from}} bis {{to}}): {{amount}}
{{/interest}}
{{#fees}}
- {{label}}: {{amount}}
{{/fees}}
{{/hasCharges}}
== closing
Mit freundlichen Grüßen
{{creditorName}}
Buchhaltung
== fee.RECOVERY_COMPENSATION
Verzugspauschale{{#documentNumber}} (Rechnung {{number}}){{/documentNumber}}
== fee.REMINDER_FEE
Mahngebühr{{#documentNumber}} (Rechnung {{number}}){{/documentNumber}}
== fee.COLLECTION_COST
Inkassokosten{{#documentNumber}} (Rechnung {{number}}){{/documentNumber}}
== behaviour.COOPERATIVE
== behaviour.EASYGOING
Wenn etwas unklar ist, genügt ein kurzer Anruf oder eine E-Mail – wir helfen gern.
== behaviour.PESSIMIST
Falls Sie etwas an der Zahlung hindert, sagen Sie es uns bitte. Meist finden wir gemeinsam eine Lösung.
== behaviour.DOMINANT
Falls Ihre Unterlagen einen anderen Betrag ausweisen, nennen Sie uns bitte die Rechnungsnummer – wir prüfen das sofort.
== behaviour.STRUGGLING
Falls es Ihnen schwerfällt, den gesamten Betrag auf einmal zu zahlen, melden Sie sich bitte bei uns. Wir können gern eine Ratenzahlung vereinbaren.
== behaviour.EMOTIONAL
Falls Sie mit einer Lieferung oder einer Rechnung nicht zufrieden sind, teilen Sie es uns bitte mit – wir kümmern uns darum. Die unstrittigen Beträge begleichen Sie bitte schon jetzt.
== behaviour.DISORGANISED
Damit Sie alles leicht abgleichen können, haben wir oben jede offene Rechnung mit Nummer und Datum aufgeführt.
== behaviour.CHRONIC_LATE
Bitte sorgen Sie dafür, dass die Zahlung bis zum {{payBy}} bei uns eingeht.
== behaviour.UNKNOWN
== qr.caption
Um {{totalDue}} zu bezahlen, scannen Sie diesen Code mit Ihrer Banking-App: Die Überweisungsdaten werden automatisch ausgefüllt.
