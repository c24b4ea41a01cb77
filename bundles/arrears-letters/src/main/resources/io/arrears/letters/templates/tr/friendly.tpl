## Vade tarihinden önce veya vade gününde nazik hatırlatma (FRIENDLY tonu).
== subject
Nazik hatırlatma: {{totalDue}}, son ödeme tarihi {{payBy}}
== body
{{greeting}}

Aşağıdaki {{#singleItem}}faturanın{{/singleItem}}{{^singleItem}}faturaların{{/singleItem}} vadesinin yaklaştığını nazikçe hatırlatmak isteriz:

{{#items}}
- {{issueDate}} tarihli {{documentNumber}} numaralı fatura, vade tarihi {{dueDate}}: {{outstanding}}
{{/items}}

{{charges}}

Toplam tutar: {{totalDue}}, son ödeme tarihi: {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

Ödemeyi zaten yaptıysanız teşekkür ederiz; bu mesajı dikkate almayabilirsiniz.

{{closing}}
