## Early-payment discount offer (e-mailed when a collector offers a limited-time discount). Sections: subject, body.
== subject
Discount offer: pay {{discountedAmount}} instead of {{debt}} by {{validUntil}}
== body
{{greeting}}

As agreed with {{offeredBy}}, we offer you a discount of {{percent}} on {{debt}}{{#hasDocuments}} (invoices {{documentList}}){{/hasDocuments}}.

If we receive {{discountedAmount}} in full by {{validUntil}}, you do not have to pay the remaining {{discount}}. Please quote {{reference}} with your payment.

After {{validUntil}} the offer ends and the full amount of {{debt}} is due.

Kind regards,
{{offeredBy}}
