## Tüm Türkçe yazıların ortak bölümleri. Bir bölüm boş olabilir ama eksik olamaz.
== greeting.named
Sayın {{contactPerson}},
== greeting.generic
Sayın Yetkili,
== payment
Alıcı: {{creditorName}}
IBAN: {{iban}}
{{#bic}}
BIC (SWIFT): {{code}}
{{/bic}}
Açıklama: {{reference}} (ödemenizi eşleştirebilmemiz için lütfen bu referansı yazın)
{{#paymentLink}}
Online ödeme: {{url}}
{{/paymentLink}}
== charges
{{#hasCharges}}
Aşağıdaki faiz ve masraflar da eklenmiştir:

{{#interest}}
- {{documentNumber}} numaralı fatura için gecikme faizi (yıllık {{rate}}, {{from}} – {{to}}): {{amount}}
{{/interest}}
{{#fees}}
- {{label}}: {{amount}}
{{/fees}}
{{/hasCharges}}
== closing
Saygılarımızla,
{{creditorName}}
Muhasebe Bölümü
== fee.RECOVERY_COMPENSATION
Sabit tahsilat masrafı tazminatı{{#documentNumber}} ({{number}} numaralı fatura){{/documentNumber}}
== fee.REMINDER_FEE
Hatırlatma ücreti{{#documentNumber}} ({{number}} numaralı fatura){{/documentNumber}}
== fee.COLLECTION_COST
Tahsilat masrafları{{#documentNumber}} ({{number}} numaralı fatura){{/documentNumber}}
== behaviour.COOPERATIVE
== behaviour.EASYGOING
Anlaşılmayan bir nokta olursa kısa bir telefon ya da e-posta yeterli; size memnuniyetle yardımcı oluruz.
== behaviour.PESSIMIST
Ödemenizi engelleyen bir durum varsa lütfen bize bildirin. Genellikle birlikte bir çözüm bulabiliyoruz.
== behaviour.DOMINANT
Kayıtlarınızda farklı bir tutar görünüyorsa lütfen fatura numarasını bize iletin; hemen kontrol edelim.
== behaviour.STRUGGLING
Tutarın tamamını tek seferde ödemek sizin için zorsa lütfen bizimle iletişime geçin. Size uygun bir taksit planı üzerinde anlaşabiliriz.
== behaviour.EMOTIONAL
Teslimatımızla veya bir faturayla ilgili memnun olmadığınız bir konu varsa lütfen bize bildirin, hemen ilgilenelim. Tartışma konusu olmayan tutarları ise şimdiden ödemenizi rica ederiz.
== behaviour.DISORGANISED
Kontrolü kolaylaştırmak için ödenmemiş her faturayı numarası ve tarihiyle birlikte yukarıda listeledik.
== behaviour.CHRONIC_LATE
Lütfen ödemenizin en geç {{payBy}} tarihine kadar hesabımıza ulaşmasını sağlayın.
== behaviour.UNKNOWN
== qr.caption
{{totalDue}} tutarını ödemek için bu kodu bankanızın mobil uygulamasıyla okutun; havale bilgileri otomatik olarak doldurulur.
