## Letzte Mahnung vor der Weitergabe des Falls (Ton FINAL).
== subject
Letzte Mahnung: {{totalDue}} – Zahlung bis zum {{payBy}}
== body
{{greeting}}

trotz unserer bisherigen Erinnerungen sind die folgenden Beträge noch offen:

{{#items}}
- Rechnung {{documentNumber}} vom {{issueDate}}, fällig seit dem {{dueDate}}, noch offen: {{outstanding}}
{{/items}}

{{charges}}

Dies ist unsere letzte Mahnung. Bitte zahlen Sie {{totalDue}} bis zum {{payBy}}. Erhalten wir bis dahin weder Ihre Zahlung noch eine Nachricht von Ihnen, müssen wir weitere Schritte einleiten, zum Beispiel die Forderung an ein Inkassounternehmen übergeben. Dadurch können Ihnen zusätzliche Kosten entstehen.

{{paymentDetails}}

{{behaviourNote}}

Uns ist es lieber, die Sache direkt mit Ihnen zu klären. Wenn Sie über die Zahlung sprechen möchten, melden Sie sich bitte vor dem {{payBy}} bei uns.

{{closing}}
