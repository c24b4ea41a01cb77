## Ödeme planı anlaşma mektubu (tahsilat sorumlusu bir plan kabul ettiğinde). Bölümler: subject, body.
== subject
Anlaşmamız: ödeme planı {{planId}}
== body
{{greeting}}

{{agreedOn}} tarihinde {{agreedBy}} ile ödeme planı üzerinde anlaştığınız için teşekkür ederiz. {{total}} tutarındaki borcunuzu{{#hasDocuments}} (faturalar {{documentList}}){{/hasDocuments}} şu ödemelerle kapatacaksınız:

{{#instalments}}
- {{#downPayment}}Peşinat{{/downPayment}}{{^downPayment}}{{number}}. taksit{{/downPayment}}: {{dueDate}} tarihine kadar {{amount}}{{#interest}} ({{amount}} faiz dahil){{/interest}}
{{/instalments}}

Toplam: {{totalPayable}}.

{{paymentDetails}}

Ödemeler zamanında geldiği sürece size hatırlatma göndermeyiz. Bir ödeme {{graceDays}} günden fazla gecikirse plan sona erer ve kalan tutarın tamamı hemen ödenmelidir.

{{closing}}
