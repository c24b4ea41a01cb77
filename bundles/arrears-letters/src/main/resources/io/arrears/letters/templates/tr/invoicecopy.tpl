## Tahsilat ajansı için fatura kopyası, Arrears muhasebe verilerinden (ERP'nin orijinal PDF'i değil).
== title
{{documentNumber}} numaralı fatura kopyası
== body
Alacaklı: {{creditorName}}
Borçlu: {{debtorName}} (müşteri {{customerId}})
Belge: {{documentNumber}} ({{kind}})
Düzenleme tarihi: {{issueDate}}
Vade tarihi: {{dueDate}}
Fatura tutarı: {{amount}}
{{asOf}} itibarıyla açık tutar: {{outstanding}}
{{#paymentReference}}
Ödeme referansı: {{value}}
{{/paymentReference}}
== notice
Bu kopya {{asOf}} tarihinde alacak defterinden oluşturulmuştur.
Fatura bilgilerini aktarır; orijinal fatura değildir.
