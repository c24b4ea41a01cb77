## İkinci, daha kararlı hatırlatma (FIRM tonu).
== subject
İkinci hatırlatma: {{totalDue}} vadesi geçmiş ödeme, lütfen {{payBy}} tarihine kadar ödeyin
== body
{{greeting}}

Kısa süre önce aşağıdaki {{#singleItem}}fatura{{/singleItem}}{{^singleItem}}faturalar{{/singleItem}} için size bir hatırlatma göndermiştik, ancak ödemeniz henüz elimize ulaşmadı.

{{#items}}
- {{issueDate}} tarihli {{documentNumber}} numaralı fatura, vadesi {{dueDate}} tarihinde doldu, kalan tutar: {{outstanding}}
{{/items}}

{{charges}}

Lütfen {{totalDue}} tutarını en geç {{payBy}} tarihine kadar ödeyin.

{{paymentDetails}}

{{behaviourNote}}

Ödeme yapmanızı engelleyen bir neden varsa, birlikte bir çözüm bulabilmemiz için lütfen {{payBy}} tarihinden önce bizimle iletişime geçin.

{{closing}}
