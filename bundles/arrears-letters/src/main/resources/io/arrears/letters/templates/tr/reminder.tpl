## Vade tarihinden sonraki ilk hatırlatma (NEUTRAL tonu).
== subject
Ödeme hatırlatması: {{totalDue}} tutarında ödenmemiş bakiye
== body
{{greeting}}

Kayıtlarımıza göre aşağıdaki {{#singleItem}}fatura henüz ödenmemiştir{{/singleItem}}{{^singleItem}}faturalar henüz ödenmemiştir{{/singleItem}}. Belki de gözden kaçmıştır.

{{#items}}
- {{issueDate}} tarihli {{documentNumber}} numaralı fatura, vade tarihi {{dueDate}}, kalan tutar: {{outstanding}}
{{/items}}

{{charges}}

Toplam {{totalDue}} tutarını {{payBy}} tarihine kadar ödemenizi rica ederiz.

{{paymentDetails}}

{{behaviourNote}}

Bu arada ödeme yaptıysanız teşekkür ederiz; bu hatırlatmayı dikkate almayabilirsiniz. {{#singleItem}}Faturayla{{/singleItem}}{{^singleItem}}Faturalarla{{/singleItem}} ilgili sorularınız için bu mesajı yanıtlamanız yeterlidir.

{{closing}}
