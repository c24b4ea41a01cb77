## Last notice before the case is escalated (tone FINAL).
== subject
Final reminder: {{totalDue}}, payment needed by {{payBy}}
== body
{{greeting}}

Despite our earlier reminders, the following amounts are still unpaid:

{{#items}}
- Invoice {{documentNumber}} of {{issueDate}}, overdue since {{dueDate}}, still to pay: {{outstanding}}
{{/items}}

{{charges}}

This is our final reminder. Please pay {{totalDue}} by {{payBy}}. If by then we have neither received the payment nor heard from you, we will have to take further steps to recover the debt, for example by passing it to a collection agency. This may lead to additional costs for you.

{{paymentDetails}}

{{behaviourNote}}

We would much rather settle this directly with you. If you would like to talk about the payment, please contact us before {{payBy}}.

{{closing}}
