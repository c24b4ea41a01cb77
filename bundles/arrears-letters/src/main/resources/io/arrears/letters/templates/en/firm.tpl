## Second, firmer reminder (tone FIRM).
== subject
Second reminder: {{totalDue}} overdue, please pay by {{payBy}}
== body
{{greeting}}

We recently reminded you about the {{#singleItem}}invoice{{/singleItem}}{{^singleItem}}invoices{{/singleItem}} below, but we have not yet received your payment.

{{#items}}
- Invoice {{documentNumber}} of {{issueDate}}, overdue since {{dueDate}}, still to pay: {{outstanding}}
{{/items}}

{{charges}}

Please pay {{totalDue}} by {{payBy}} at the latest.

{{paymentDetails}}

{{behaviourNote}}

If there is a reason why you cannot pay, please contact us before {{payBy}} so that we can find a solution together.

{{closing}}
