/**
 * Short news paragraphs, one per language, written for these tests (the same invented story of
 * a bridge closed for repairs, told in each), to detect languages on.
 */
export const PARAGRAPHS: Readonly<Record<string, string>> = {
  en: 'The city council voted on Monday to close the old bridge after engineers found cracks in two of its supports. The mayor said repairs would take at least six months and that a ferry will run in the meantime.',
  fr: 'Le conseil municipal a voté lundi la fermeture du vieux pont, après que des ingénieurs ont trouvé des fissures dans deux de ses piliers. Selon le maire, les travaux dureront au moins six mois et un bac sera mis en service pendant ce temps.',
  es: 'El ayuntamiento votó el lunes cerrar el puente viejo después de que los ingenieros encontraran grietas en dos de sus pilares. Según el alcalde, las obras durarán al menos seis meses y mientras tanto funcionará un servicio de transbordador.',
  de: 'Der Stadtrat hat am Montag beschlossen, die alte Brücke zu schließen, nachdem Ingenieure Risse in zwei ihrer Pfeiler gefunden hatten. Der Bürgermeister sagte, die Reparatur werde mindestens sechs Monate dauern und in der Zwischenzeit werde eine Fähre eingesetzt.',
  pt: 'A câmara municipal votou na segunda-feira o encerramento da ponte velha, depois de os engenheiros terem encontrado fissuras em dois dos seus pilares. Segundo o presidente da câmara, as obras vão durar pelo menos seis meses e um barco vai fazer a travessia entretanto.',
  it: 'Il consiglio comunale ha votato lunedì la chiusura del vecchio ponte, dopo che gli ingegneri hanno trovato delle crepe in due dei suoi piloni. Secondo il sindaco, i lavori dureranno almeno sei mesi e nel frattempo sarà attivo un servizio di traghetto.',
  nl: 'De gemeenteraad heeft maandag besloten de oude brug te sluiten nadat ingenieurs scheuren hadden gevonden in twee van de pijlers. Volgens de burgemeester duurt de reparatie minstens zes maanden en wordt er in de tussentijd een veerdienst ingezet.',
  ru: 'Городской совет в понедельник проголосовал за закрытие старого моста после того, как инженеры обнаружили трещины в двух его опорах. По словам мэра, ремонт займёт не меньше шести месяцев, а пока будет работать паром.',
  uk: 'Міська рада в понеділок проголосувала за закриття старого мосту після того, як інженери виявили тріщини у двох його опорах. За словами мера, ремонт триватиме щонайменше шість місяців, а тим часом працюватиме пором.',
  ar: 'صوّت المجلس البلدي يوم الاثنين على إغلاق الجسر القديم بعد أن وجد المهندسون تشققات في اثنتين من دعاماته. وقال رئيس البلدية إن الإصلاحات ستستغرق ستة أشهر على الأقل، وإن عبّارة ستعمل في هذه الأثناء.',
  fa: 'شورای شهر روز دوشنبه به بستن پل قدیمی رأی داد، پس از آنکه مهندسان در دو پایه آن ترک پیدا کردند. شهردار گفت تعمیرات دست کم شش ماه طول می‌کشد و در این مدت یک قایق مسافران را جابه‌جا می‌کند.',
  ur: 'شہر کی کونسل نے پیر کے روز پرانے پل کو بند کرنے کے حق میں ووٹ دیا، کیونکہ انجینئروں کو اس کے دو ستونوں میں دراڑیں ملی ہیں۔ میئر نے کہا کہ مرمت میں کم از کم چھ مہینے لگیں گے اور اس دوران ایک کشتی چلائی جائے گی۔',
  he: 'מועצת העיר הצביעה ביום שני על סגירת הגשר הישן, לאחר שמהנדסים מצאו סדקים בשניים מעמודיו. ראש העיר אמר כי התיקונים יימשכו שישה חודשים לפחות, ובינתיים תפעל מעבורת.',
  el: 'Το δημοτικό συμβούλιο αποφάσισε τη Δευτέρα να κλείσει την παλιά γέφυρα, αφού οι μηχανικοί βρήκαν ρωγμές σε δύο από τις κολόνες της. Ο δήμαρχος είπε ότι οι επισκευές θα διαρκέσουν τουλάχιστον έξι μήνες.',
  zh: '市议会星期一投票决定关闭旧桥，因为工程师在两个桥墩上发现了裂缝。市长说，维修工作至少需要六个月，其间将有渡轮运行。',
  ja: '市議会は月曜日、技術者が橋脚の二か所にひび割れを見つけたことを受けて、古い橋を閉鎖することを決めた。市長によると、修理には少なくとも六か月かかり、その間はフェリーが運航される。',
  ko: '시의회는 월요일 기술자들이 교각 두 곳에서 균열을 발견한 뒤 낡은 다리를 폐쇄하기로 결정했다. 시장은 수리에 적어도 여섯 달이 걸리며 그동안 여객선이 운항할 것이라고 말했다.',
}

/** Languages the detector does not know, in scripts it reads: these must come out `und`. */
export const UNKNOWN_LATIN: Readonly<Record<string, string>> = {
  pl: 'Rada miejska w poniedziałek zagłosowała za zamknięciem starego mostu, gdy inżynierowie znaleźli pęknięcia w dwóch filarach. Burmistrz powiedział, że naprawa potrwa co najmniej pół roku.',
  tr: 'Belediye meclisi pazartesi günü, mühendisler iki ayakta çatlak bulunca eski köprünün kapatılmasına karar verdi. Belediye başkanı onarımın en az altı ay süreceğini söyledi.',
  vi: 'Hội đồng thành phố hôm thứ Hai đã quyết định đóng cửa cây cầu cũ sau khi các kỹ sư phát hiện vết nứt ở hai trụ cầu. Thị trưởng cho biết việc sửa chữa sẽ kéo dài ít nhất sáu tháng.',
}
