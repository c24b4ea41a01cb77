## Dosya devredilmeden önceki son bildirim (FINAL tonu).
== subject
Son hatırlatma: {{totalDue}}, son ödeme tarihi {{payBy}}
== body
{{greeting}}

Önceki hatırlatmalarımıza rağmen aşağıdaki tutarlar hâlâ ödenmemiştir:

{{#items}}
- {{issueDate}} tarihli {{documentNumber}} numaralı fatura, vadesi {{dueDate}} tarihinde doldu, kalan tutar: {{outstanding}}
{{/items}}

{{charges}}

Bu, size gönderdiğimiz son hatırlatmadır. Lütfen {{totalDue}} tutarını {{payBy}} tarihine kadar ödeyin. Bu tarihe kadar ödemeniz ulaşmaz ve sizden bir haber alamazsak, alacağımızı tahsil etmek için başka adımlar atmak zorunda kalacağız; örneğin dosyayı bir tahsilat şirketine devredebiliriz. Bu durum sizin için ek masraflara yol açabilir.

{{paymentDetails}}

{{behaviourNote}}

Bu konuyu doğrudan sizinle çözmeyi tercih ederiz. Ödeme hakkında görüşmek isterseniz lütfen {{payBy}} tarihinden önce bizimle iletişime geçin.

{{closing}}
