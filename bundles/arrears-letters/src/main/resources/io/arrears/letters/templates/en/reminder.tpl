## First reminder after the due date (tone NEUTRAL).
== subject
Payment reminder: {{totalDue}} outstanding
== body
{{greeting}}

According to our records, the following {{#singleItem}}invoice has{{/singleItem}}{{^singleItem}}invoices have{{/singleItem}} not been paid yet. Perhaps it has simply been overlooked.

{{#items}}
- Invoice {{documentNumber}} of {{issueDate}}, due on {{dueDate}}, still to pay: {{outstanding}}
{{/items}}

{{charges}}

Please pay the total of {{totalDue}} by {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

If you have paid in the meantime, thank you, and please ignore this reminder. If you have any questions about the {{#singleItem}}invoice{{/singleItem}}{{^singleItem}}invoices{{/singleItem}}, simply reply to this message.

{{closing}}
