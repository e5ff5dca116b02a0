<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Alqa</source>
        <translation>Alqa туралы</translation>
    </message>
    <message>
        <source>Alqa {version}</source>
        <translation>Alqa {version}</translation>
    </message>
    <message>
        <source>Classroom mock trials: jury selection, deliberation, secret ballots on one laptop, and the influence network.</source>
        <translation>Сыныптағы оқу соттары: алқабилерді іріктеу, кеңесу, бір ноутбукте жасырын дауыс беру және ықпал желісі.</translation>
    </message>
    <message>
        <source>Alqa is free software under the MIT licence. It is built with these components, each under its own licence:</source>
        <translation>Alqa — MIT лицензиясымен таратылатын еркін бағдарлама. Ол мына құрамдас бөліктермен жасалған, әрқайсысының өз лицензиясы бар:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Құрамдас бөлік</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit as separate files in Alqa&apos;s folder, and you may replace them with your own build.</source>
        <translation>Qt және PySide6 GNU LGPL 3-нұсқасы бойынша қолданылады: олардың кітапханалары Alqa қалтасында бөлек файлдар болып тұр, оларды өз жинағыңызбен алмастыра аласыз.</translation>
    </message>
    <message>
        <source>Sessions and settings are kept in {folder}.</source>
        <translation>Сеанстар мен баптаулар мына жерде сақталады: {folder}.</translation>
    </message>
    <message>
        <source>(Portable mode: a file named &apos;portable&apos; lies beside the program.)</source>
        <translation>(Тасымалды режим: бағдарламаның жанында &apos;portable&apos; деген файл жатыр.)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt туралы</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Alqa</source>
        <translation>Alqa</translation>
    </message>
    <message>
        <source>Something went wrong. Everything up to your last step is saved.</source>
        <translation>Бірнәрсе қате кетті. Соңғы қадамыңызға дейінгінің бәрі сақталды.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Толық ақпаратты көшіру</translation>
    </message>
</context>
<context>
    <name>BallotCards</name>
    <message>
        <source>Judge {n}</source>
        <translation>{n}-судья</translation>
    </message>
    <message>
        <source>Juror {n}</source>
        <translation>{n}-алқаби</translation>
    </message>
    <message>
        <source>Reserve {n}</source>
        <translation>{n}-қосалқы алқаби</translation>
    </message>
    <message>
        <source>Ballot card</source>
        <translation>Дауыс беру карточкасы</translation>
    </message>
    <message>
        <source>Your voter code: {code}</source>
        <translation>Дауыс беру кодыңыз: {code}</translation>
    </message>
    <message>
        <source>Keep this card to yourself. Type the code when the laptop comes to you.</source>
        <translation>Бұл карточканы ешкімге көрсетпеңіз. Ноутбук сізге келгенде, кодты теріңіз.</translation>
    </message>
    <message>
        <source>Ballot cards</source>
        <translation>Дауыс беру карточкалары</translation>
    </message>
</context>
<context>
    <name>BallotWindow</name>
    <message>
        <source>Everyone has voted. Give the laptop back to the teacher.</source>
        <translation>Барлығы дауыс берді. Ноутбукті мұғалімге қайтарыңыз.</translation>
    </message>
    <message>
        <source>Pass the laptop to {seat}, {name}.</source>
        <translation>Ноутбукті мына қатысушыға беріңіз: {seat}, {name}.</translation>
    </message>
    <message>
        <source>I am {name}</source>
        <translation>Мен — {name}</translation>
    </message>
    <message>
        <source>No ballot card was printed for this voter. Ask the teacher.</source>
        <translation>Бұл дауыс берушіге дауыс беру карточкасы басып шығарылмаған. Мұғалімнен көмек сұраңыз.</translation>
    </message>
    <message>
        <source>That is not the code on your ballot card. Try again.</source>
        <translation>Бұл сіздің карточкаңыздағы код емес. Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Question {n} of {total}: {text}</source>
        <translation>{n}-сұрақ (барлығы {total}): {text}</translation>
    </message>
    <message>
        <source>Yes, it is proven</source>
        <translation>Иә, дәлелденді</translation>
    </message>
    <message>
        <source>No, it is not proven</source>
        <translation>Жоқ, дәлелденбеді</translation>
    </message>
    <message>
        <source>Yes, deserves leniency</source>
        <translation>Иә, жеңілдікке лайық</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Yes, guilty</source>
        <translation>Иә, кінәлі</translation>
    </message>
    <message>
        <source>No, not guilty</source>
        <translation>Жоқ, кінәсіз</translation>
    </message>
    <message>
        <source>Blank ballot</source>
        <translation>Бос бюллетень</translation>
    </message>
    <message>
        <source>Question {n}: {answer}</source>
        <translation>{n}-сұрақ: {answer}</translation>
    </message>
    <message>
        <source>The vote was not recorded. Vote again.</source>
        <translation>Дауысыңыз есепке алынбады. Қайта дауыс беріңіз.</translation>
    </message>
    <message>
        <source>Your vote is recorded. Pass the laptop to {seat}, {name}.</source>
        <translation>Дауысыңыз есепке алынды. Ноутбукті мына қатысушыға беріңіз: {seat}, {name}.</translation>
    </message>
    <message>
        <source>Your vote is recorded.</source>
        <translation>Дауысыңыз есепке алынды.</translation>
    </message>
    <message>
        <source>Judge {n}</source>
        <translation>{n}-судья</translation>
    </message>
    <message>
        <source>Juror {n}</source>
        <translation>{n}-алқаби</translation>
    </message>
    <message>
        <source>Leaving ballot mode needs the teacher PIN.</source>
        <translation>Дауыс беру режимінен шығу үшін мұғалімнің PIN кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Open vote: your name is recorded with your ballot.</source>
        <translation>Ашық дауыс беру: бюллетеньде атыңыз көрсетіледі.</translation>
    </message>
    <message>
        <source>Secret ballot: nobody can see how you vote.</source>
        <translation>Жасырын дауыс беру: қалай дауыс бергеніңізді ешкім көрмейді.</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Жауапты өзгерту</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Leave ballot mode…</source>
        <translation>Дауыс беру режимінен шығу…</translation>
    </message>
    <message>
        <source>Your voter code</source>
        <translation>Дауыс беру кодыңыз</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Is it proven that the act described in the charge took place?</source>
        <translation>Айыптауда сипатталған әрекеттің орын алғаны дәлелденді ме?</translation>
    </message>
    <message>
        <source>Is it proven that the defendant committed this act?</source>
        <translation>Бұл әрекетті сотталушының жасағаны дәлелденді ме?</translation>
    </message>
    <message>
        <source>Is the defendant guilty of committing this act?</source>
        <translation>Сотталушы бұл әрекетті жасауға кінәлі ме?</translation>
    </message>
    <message>
        <source>Is the defendant guilty of the charge as described?</source>
        <translation>Сотталушы тағылған айыптау бойынша кінәлі ме?</translation>
    </message>
    <message>
        <source>If the defendant is found guilty, do they deserve leniency?</source>
        <translation>Егер сотталушы кінәлі деп танылса, ол жеңілдікке лайық па?</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Doer</source>
        <translation>Қатыстылық</translation>
    </message>
    <message>
        <source>Guilt</source>
        <translation>Кінәлілік</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Сотталушы</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <source>Judge&apos;s charge</source>
        <translation>Төрағаның сөзі</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Айыптаулар</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Куәлар</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>Text of charge {number}</source>
        <translation>{number}-айыптаудың мәтіні</translation>
    </message>
    <message>
        <source>Article of charge {number}</source>
        <translation>{number}-айыптаудың бабы</translation>
    </message>
    <message>
        <source>Id of charge {number}</source>
        <translation>{number}-айыптаудың идентификаторы</translation>
    </message>
    <message>
        <source>Title of evidence item {number}</source>
        <translation>{number}-дәлелдеменің атауы</translation>
    </message>
    <message>
        <source>Description of evidence item {number}</source>
        <translation>{number}-дәлелдеменің сипаттамасы</translation>
    </message>
    <message>
        <source>Which way evidence item {number} points</source>
        <translation>{number}-дәлелдеме нені көрсетеді</translation>
    </message>
    <message>
        <source>Picture of evidence item {number}</source>
        <translation>{number}-дәлелдеменің суреті</translation>
    </message>
    <message>
        <source>Id of evidence item {number}</source>
        <translation>{number}-дәлелдеменің идентификаторы</translation>
    </message>
    <message>
        <source>Name of witness {number}</source>
        <translation>{number}-куәнің аты</translation>
    </message>
    <message>
        <source>Statement of witness {number}</source>
        <translation>{number}-куәнің айғақтары</translation>
    </message>
    <message>
        <source>Who calls witness {number}</source>
        <translation>{number}-куәні шақыратын тарап</translation>
    </message>
    <message>
        <source>Id of witness {number}</source>
        <translation>{number}-куәнің идентификаторы</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>{number}-сұрақ</translation>
    </message>
    <message>
        <source>Case editor: {title}</source>
        <translation>Іс редакторы: {title}</translation>
    </message>
    <message>
        <source>Case editor: new case</source>
        <translation>Іс редакторы: жаңа іс</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(әлі жазылмаған)</translation>
    </message>
    <message>
        <source>The picture cannot be shown.</source>
        <translation>Суретті көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Сурет жоқ</translation>
    </message>
    <message>
        <source>Picture of the evidence item</source>
        <translation>Дәлелдеменің суреті</translation>
    </message>
    <message>
        <source>“{field}” holds at most {limit} characters; the rest was left out.</source>
        <translation>«{field}» өрісіне ең көбі {limit} таңба сияды; қалғаны алынып тасталды.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Сурет таңдау</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This picture is larger than 1 MB. Choose a smaller one.</source>
        <translation>Бұл суреттің көлемі 1 МБ шегінен асады. Кішірек сурет таңдаңыз.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Бұл файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG picture.</source>
        <translation>Бұл файл PNG немесе JPEG суреті емес.</translation>
    </message>
    <message>
        <source>The standard questions are not yet available in this language ({language}). Write the questions yourself.</source>
        <translation>Бұл тілде ({language}) стандартты сұрақтар әлі жоқ. Сұрақтарды өзіңіз жазыңыз.</translation>
    </message>
    <message>
        <source>Fill in the standard questions</source>
        <translation>Стандартты сұрақтарды толтыру</translation>
    </message>
    <message>
        <source>Empty questions were filled in. Check that they fit the case.</source>
        <translation>Бос сұрақтар толтырылды. Олардың іске сәйкес келетінін тексеріңіз.</translation>
    </message>
    <message>
        <source>✓ The case is complete and can be saved.</source>
        <translation>✓ Іс толық толтырылған, оны сақтауға болады.</translation>
    </message>
    <message>
        <source>The case was not saved: {problem}</source>
        <translation>Іс сақталмады: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Save the changes to this case?</source>
        <translation>Осы істегі өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>The texts are edited one language at a time; the texts in the other languages are kept. The case is offered in every language that has a title.</source>
        <translation>Мәтіндер бір мезетте бір тілде өңделеді; басқа тілдердегі мәтіндер өзгеріссіз сақталады. Іс атауы жазылған әр тілде ұсынылады.</translation>
    </message>
    <message>
        <source>What the presiding judge tells the jury before they retire: the charge, the law, the evidence both ways, the presumption of innocence, and who must prove what, in plain words.</source>
        <translation>Төрағалық етушінің алқабилер кеңесу бөлмесіне кетер алдында айтатын сөзі: айыптау, заң, айыптайтын да, ақтайтын да дәлелдемелер, кінәсіздік презумпциясы және нені кім дәлелдеуге тиіс екені — қарапайым тілмен.</translation>
    </message>
    <message>
        <source>Courts in Kazakhstan and Russia ask three questions for each charge: the act, the doer and the guilt. Courts in England and Wales, the United States, France and Japan ask one general question. Russia may add a question on leniency.</source>
        <translation>Қазақстан мен Ресей соттары әр айыптау бойынша үш сұрақ қояды: әрекет, сотталушының қатыстылығы және кінәлілік. Англия мен Уэльс, АҚШ, Франция және Жапония соттары бір жалпы сұрақ қояды. Ресейде жеңілдікке лайықтылық туралы сұрақ қосылуы мүмкін.</translation>
    </message>
    <message>
        <source>Editing &amp;language:</source>
        <translation>&amp;Өңделетін тіл:</translation>
    </message>
    <message>
        <source>Editing language</source>
        <translation>Өңделетін тіл</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ата&amp;уы:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Қысқаша &amp;мазмұны:</translation>
    </message>
    <message>
        <source>De&amp;fendant:</source>
        <translation>С&amp;отталушы:</translation>
    </message>
    <message>
        <source>&amp;Victim (optional):</source>
        <translation>Жәбірленуші (міндетті &amp;емес):</translation>
    </message>
    <message>
        <source>&amp;Text of the charge:</source>
        <translation>Айыптау &amp;мәтіні:</translation>
    </message>
    <message>
        <source>Text of the charge</source>
        <translation>Айыптау мәтіні</translation>
    </message>
    <message>
        <source>Article (&amp;optional):</source>
        <translation>Бап (міндетті &amp;емес):</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Title of the evidence item</source>
        <translation>Дәлелдеменің атауы</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>С&amp;ипаттамасы:</translation>
    </message>
    <message>
        <source>Description of the evidence item</source>
        <translation>Дәлелдеменің сипаттамасы</translation>
    </message>
    <message>
        <source>Poi&amp;nts to:</source>
        <translation>&amp;Нені көрсетеді:</translation>
    </message>
    <message>
        <source>Which way the evidence points</source>
        <translation>Дәлелдеме нені көрсетеді</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Сурет:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Ат&amp;ы:</translation>
    </message>
    <message>
        <source>Name of the witness</source>
        <translation>Куәнің аты</translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation>&amp;Шақыратын тарап:</translation>
    </message>
    <message>
        <source>Who calls the witness</source>
        <translation>Куәні кім шақырады</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>А&amp;йғақтары:</translation>
    </message>
    <message>
        <source>Statement of the witness</source>
        <translation>Куәнің айғақтары</translation>
    </message>
    <message>
        <source>The judge&apos;s &amp;address to the jury:</source>
        <translation>Төрағалық &amp;етушінің алқабилерге жүгінуі:</translation>
    </message>
    <message>
        <source>Charge &amp;to ask about:</source>
        <translation>Сұ&amp;рақ қойылатын айыптау:</translation>
    </message>
    <message>
        <source>Charge to ask about</source>
        <translation>Сұрақ қойылатын айыптау</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>&amp;Әрекет:</translation>
    </message>
    <message>
        <source>Question: did the act take place?</source>
        <translation>Сұрақ: әрекет орын алды ма?</translation>
    </message>
    <message>
        <source>D&amp;oer:</source>
        <translation>Қат&amp;ыстылық:</translation>
    </message>
    <message>
        <source>Question: did the defendant do it?</source>
        <translation>Сұрақ: оны сотталушы жасады ма?</translation>
    </message>
    <message>
        <source>&amp;Guilt:</source>
        <translation>Кі&amp;нәлілік:</translation>
    </message>
    <message>
        <source>Question: is the defendant guilty of it?</source>
        <translation>Сұрақ: сотталушы бұған кінәлі ме?</translation>
    </message>
    <message>
        <source>Ge&amp;neral:</source>
        <translation>Жа&amp;лпы:</translation>
    </message>
    <message>
        <source>General question: guilty of the charge?</source>
        <translation>Жалпы сұрақ: айыптау бойынша кінәлі ме?</translation>
    </message>
    <message>
        <source>Len&amp;iency (optional):</source>
        <translation>Жеңілдік (&amp;міндетті емес):</translation>
    </message>
    <message>
        <source>Question: leniency</source>
        <translation>Сұрақ: жеңілдік</translation>
    </message>
    <message>
        <source>Points to guilt</source>
        <translation>Кінәлілікті көрсетеді</translation>
    </message>
    <message>
        <source>Points to innocence</source>
        <translation>Кінәсіздікті көрсетеді</translation>
    </message>
    <message>
        <source>Points both ways</source>
        <translation>Екі жақты</translation>
    </message>
    <message>
        <source>The prosecution</source>
        <translation>Айыптау тарапы</translation>
    </message>
    <message>
        <source>The defence</source>
        <translation>Қорғау тарапы</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Соңғы өзгерісті болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Redo the change</source>
        <translation>Өзгерісті қайталау</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Істі сақтау</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Редакторды жабу</translation>
    </message>
    <message>
        <source>Add char&amp;ge</source>
        <translation>А&amp;йыптау қосу</translation>
    </message>
    <message>
        <source>Add a charge</source>
        <translation>Айыптау қосу</translation>
    </message>
    <message>
        <source>Remo&amp;ve charge</source>
        <translation>Ай&amp;ыптауды алып тастау</translation>
    </message>
    <message>
        <source>Remove the selected charge</source>
        <translation>Таңдалған айыптауды алып тастау</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Дә&amp;лелдеме қосу</translation>
    </message>
    <message>
        <source>Add an evidence item</source>
        <translation>Дәлелдеме қосу</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>Д&amp;әлелдемені алып тастау</translation>
    </message>
    <message>
        <source>Remove the selected evidence item</source>
        <translation>Таңдалған дәлелдемені алып тастау</translation>
    </message>
    <message>
        <source>Add wit&amp;ness</source>
        <translation>К&amp;уә қосу</translation>
    </message>
    <message>
        <source>Add a witness</source>
        <translation>Куә қосу</translation>
    </message>
    <message>
        <source>Remo&amp;ve witness</source>
        <translation>Ку&amp;әні алып тастау</translation>
    </message>
    <message>
        <source>Remove the selected witness</source>
        <translation>Таңдалған куәні алып тастау</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>Сур&amp;ет таңдау…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Суретті алып тастау</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Суретті алып тастау</translation>
    </message>
    <message>
        <source>&amp;Fill in the standard questions</source>
        <translation>Стандартты сұрақтарды т&amp;олтыру</translation>
    </message>
    <message>
        <source>&amp;All charges:</source>
        <translation>Ба&amp;рлық айыптаулар:</translation>
    </message>
    <message>
        <source>&amp;All evidence:</source>
        <translation>Ба&amp;рлық дәлелдемелер:</translation>
    </message>
    <message>
        <source>&amp;All witnesses:</source>
        <translation>Ба&amp;рлық куәлар:</translation>
    </message>
    <message>
        <source>Case &amp;details</source>
        <translation>&amp;Іс туралы</translation>
    </message>
    <message>
        <source>C&amp;harges</source>
        <translation>&amp;Айыптаулар</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Дәлелдемелер</translation>
    </message>
    <message>
        <source>&amp;Witnesses</source>
        <translation>&amp;Куәлар</translation>
    </message>
    <message>
        <source>&amp;Judge&apos;s charge</source>
        <translation>&amp;Төрағаның сөзі</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>С&amp;ұрақтар</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Іс бөлімдері</translation>
    </message>
</context>
<context>
    <name>CaseLibraryPage</name>
    <message>
        <source>{file} could not be opened: {reason}</source>
        <translation>{file} файлын ашу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>&amp;Duplicate and edit…</source>
        <translation>Көшірмесін жасап &amp;өңдеу…</translation>
    </message>
    <message>
        <source>Duplicate the built-in case and edit the copy</source>
        <translation>Кірістірілген істің көшірмесін жасап, оны өңдеу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>Edit the selected case</source>
        <translation>Таңдалған істі өңдеу</translation>
    </message>
    <message>
        <source>Defendant: {name}</source>
        <translation>Сотталушы: {name}</translation>
    </message>
    <message>
        <source>Victim: {name}</source>
        <translation>Жәбірленуші: {name}</translation>
    </message>
    <message>
        <source>{text} ({article})</source>
        <translation>{text} ({article})</translation>
    </message>
    <message>
        <source>{name}, called by the prosecution</source>
        <translation>{name}, айыптау тарапының куәсі</translation>
    </message>
    <message>
        <source>{name}, called by the defence</source>
        <translation>{name}, қорғау тарапының куәсі</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Айыптаулар</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Куәлар</translation>
    </message>
    <message>
        <source>Import a case</source>
        <translation>Істі импорттау</translation>
    </message>
    <message>
        <source>Alqa case files (*.alqa-case.json *.json);;All files (*)</source>
        <translation>Alqa іс файлдары (*.alqa-case.json *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>Imported “{title}” with the id “{id}”.</source>
        <translation>«{title}» ісі «{id}» идентификаторымен импортталды.</translation>
    </message>
    <message>
        <source>Export the case</source>
        <translation>Істі экспорттау</translation>
    </message>
    <message>
        <source>Alqa case files (*.alqa-case.json)</source>
        <translation>Alqa іс файлдары (*.alqa-case.json)</translation>
    </message>
    <message>
        <source>{problem} Nothing was exported.</source>
        <translation>{problem} Ештеңе экспортталған жоқ.</translation>
    </message>
    <message>
        <source>The case was exported to {path}.</source>
        <translation>Іс мына файлға экспортталды: {path}.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Істі өшіру</translation>
    </message>
    <message>
        <source>Delete your case “{title}”? This cannot be undone.</source>
        <translation>«{title}» ісіңізді өшіру керек пе? Бұл әрекетті болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>The case “{title}” was deleted.</source>
        <translation>«{title}» ісі өшірілді.</translation>
    </message>
    <message>
        <source>Choose a case</source>
        <translation>Іс таңдау</translation>
    </message>
    <message>
        <source>Case library</source>
        <translation>Істер кітапханасы</translation>
    </message>
    <message>
        <source>The built-in cases come in Kazakh, Russian and English. Duplicate one to change it, write your own, or import a case file from a colleague.</source>
        <translation>Кірістірілген істер қазақ, орыс және ағылшын тілдерінде берілген. Оларды өзгерту үшін көшірмесін жасаңыз. Сондай-ақ өз ісіңізді жаза аласыз немесе әріптесіңізден алған іс файлын импорттай аласыз.</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>&amp;Істер:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>Алдын ала &amp;қарау:</translation>
    </message>
    <message>
        <source>Preview of the selected case</source>
        <translation>Таңдалған істі алдын ала қарау</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <source>Write a new case</source>
        <translation>Жаңа іс жазу</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>Іс файлын импорттау</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export the selected case to a file</source>
        <translation>Таңдалған істі файлға экспорттау</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ө&amp;шіру…</translation>
    </message>
    <message>
        <source>Delete the selected case</source>
        <translation>Таңдалған істі өшіру</translation>
    </message>
    <message>
        <source>&amp;Use this case</source>
        <translation>Осы істі &amp;пайдалану</translation>
    </message>
    <message>
        <source>Use the selected case</source>
        <translation>Таңдалған істі пайдалану</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Built-in case · charges: {charges} · evidence: {evidence} · witnesses: {witnesses}</source>
        <translation>Кірістірілген іс · айыптаулар: {charges} · дәлелдемелер: {evidence} · куәлар: {witnesses}</translation>
    </message>
    <message>
        <source>Your own case · charges: {charges} · evidence: {evidence} · witnesses: {witnesses}</source>
        <translation>Өз ісіңіз · айыптаулар: {charges} · дәлелдемелер: {evidence} · куәлар: {witnesses}</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>The case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Choose the case your class will try, or write your own.</source>
        <translation>Сыныбыңыз қарайтын істі таңдаңыз немесе өз ісіңізді жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ChargePanel</name>
    <message>
        <source>The accused is presumed innocent: innocent in the eyes of the law until the court finds them guilty in its verdict. Being accused, arrested or brought to court is not a sign of guilt.</source>
        <translation>Кінәсіздік презумпциясы: сот кесімімен кінәлі деп танылғанға дейін сотталушы заң алдында кінәсіз деп есептеледі. Адамның айыпталуы, ұсталуы немесе сотқа тартылуы оның кінәлі екенін білдірмейді.</translation>
    </message>
    <message>
        <source>The prosecution must prove the charge. The accused does not have to prove their innocence and does not have to say anything; choosing to stay silent is not a sign of guilt.</source>
        <translation>Дәлелдеу міндеті айыптау тарапында: тағылған айыптауды дәлелдеуге сол тарап тиіс. Сотталушы өзінің кінәсіздігін дәлелдеуге міндетті емес және ештеңе айтпауына құқылы; үндемей қалуды таңдауы оның кінәлі екенін білдірмейді.</translation>
    </message>
    <message>
        <source>You decide by your inner conviction, based only on the evidence examined here in court, not on rumours, the news or anything heard outside. Weigh each piece of evidence and all of it together. Doubts that cannot be removed are resolved in favour of the accused: if a doubt remains after all the evidence, your answer must favour the accused.</source>
        <translation>Шешімді ішкі сеніміңіз бойынша қабылдайсыз және тек осы сот залында зерттелген дәлелдемелерге сүйенесіз: қауесетке, жаңалықтарға немесе соттан тыс жерде естігеніңізге емес. Әр дәлелдемені жеке-жеке, ал барлығын жиынтығында бағалаңыз. Жойылмайтын күмәндар сотталушының пайдасына шешіледі: барлық дәлелдемелерден кейін де күмән қалса, жауабыңыз сотталушының пайдасына болуы тиіс.</translation>
    </message>
    <message>
        <source>You may find the accused guilty only if the evidence heard in this court has made you sure of guilt: guilty beyond reasonable doubt. A reasonable doubt is a real doubt that comes from the evidence or from what is missing in it, not an imagined one. If you have such a doubt, your answer must be not guilty.</source>
        <translation>Сотталушыны кінәлі деп осы сотта қаралған дәлелдемелер сізді оның кінәсіне сендірген жағдайда ғана тани аласыз: кінәсі негізді күмәнсіз дәлелденуі тиіс. Негізді күмән — ойдан шығарылған емес, дәлелдемелерден немесе оларда жетіспейтін нәрседен туындайтын нақты күмән. Егер сізде осындай күмән болса, жауабыңыз «кінәсіз» болуы тиіс.</translation>
    </message>
    <message>
        <source>The judge&apos;s instructions</source>
        <translation>Төрағаның түсіндірмесі</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>Осы іс туралы</translation>
    </message>
    <message>
        <source>The questions you will answer</source>
        <translation>Сіз жауап беретін сұрақтар</translation>
    </message>
    <message>
        <source>&amp;Judge&apos;s charge, to read aloud:</source>
        <translation>Төрағаның &amp;сөзі (дауыстап оқуға):</translation>
    </message>
    <message>
        <source>Judge&apos;s charge</source>
        <translation>Төрағаның сөзі</translation>
    </message>
    <message>
        <source>&amp;Begin deliberation</source>
        <translation>К&amp;еңесуді бастау</translation>
    </message>
    <message>
        <source>Begin deliberation</source>
        <translation>Кеңесуді бастау</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Import the class list</source>
        <translation>Сынып тізімін импорттау</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt);;All files (*)</source>
        <translation>Сынып тізімдері (*.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>{file} файлын оқу мүмкін емес: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n есім</numerusform>
            <numerusform>%n есім</numerusform>
        </translation>
    </message>
    <message>
        <source>Names taken from {file}: {count}.</source>
        <translation>{file} файлынан алынған аттар саны: {count}.</translation>
    </message>
    <message>
        <source>The class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Type or paste the names, one a line (3 to 60), or import a class list.</source>
        <translation>Аттарды әр жолға біреуден теріңіз немесе кірістіріңіз (3–60), не болмаса сынып тізімін импорттаңыз.</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>Ат&amp;тар:</translation>
    </message>
    <message>
        <source>Names of the class, one a line</source>
        <translation>Сынып оқушыларының аттары, әр жолға біреуден</translation>
    </message>
    <message>
        <source>Әйгерім Сәтбаева
Нұрсұлтан Жақсылықов
Dina O&apos;Brien</source>
        <translation>Әйгерім Сәтбаева
Нұрсұлтан Жақсылықов
Dina O&apos;Brien</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>CSV файлынан &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>CSV файлынан импорттау</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Bad usage: {problem}. Try &apos;alqa --help&apos;.</source>
        <translation>Команда дұрыс берілмеді: {problem}. &apos;alqa --help&apos; командасын орындап көріңіз.</translation>
    </message>
    <message>
        <source>Alqa: classroom mock trials.</source>
        <translation>Alqa: сыныпта өткізілетін оқу сот процестері.</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>нұсқасын шығарып, жұмысты аяқтау</translation>
    </message>
    <message>
        <source>where sessions are kept (also ALQA_DATA_DIR)</source>
        <translation>сеанстар сақталатын қалта (сондай-ақ ALQA_DATA_DIR)</translation>
    </message>
    <message>
        <source>language of messages: kk, ru or en</source>
        <translation>хабарламалар тілі: kk, ru немесе en</translation>
    </message>
    <message>
        <source>start on a ready demo session</source>
        <translation>дайын демонстрациялық сеанстан бастау</translation>
    </message>
    <message>
        <source>check that this computer can run a lesson (offscreen) and exit</source>
        <translation>осы компьютерде сабақ өткізуге болатынын тексеру (экрансыз) және шығу</translation>
    </message>
    <message>
        <source>Something went wrong. Details are in {path}.</source>
        <translation>Бірнәрсе қате кетті. Толығырақ ақпарат {path} файлында.</translation>
    </message>
    <message>
        <source>list the court models or show one model&apos;s rules</source>
        <translation>сот модельдерінің тізімін немесе бір модельдің ережелерін көрсету</translation>
    </message>
    <message>
        <source>list the court models and their variants</source>
        <translation>сот модельдері мен олардың нұсқаларының тізімін шығару</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON форматында шығару</translation>
    </message>
    <message>
        <source>language of the names</source>
        <translation>атаулар тілі</translation>
    </message>
    <message>
        <source>show a court model&apos;s rules with their sources</source>
        <translation>сот моделінің ережелерін дереккөздерімен бірге көрсету</translation>
    </message>
    <message>
        <source>the model id, e.g. kz-2007 or ru/district</source>
        <translation>модель идентификаторы, мысалы, kz-2007 немесе ru/district</translation>
    </message>
    <message>
        <source>language of the rules</source>
        <translation>ережелер тілі</translation>
    </message>
    <message>
        <source>Rules and their sources:</source>
        <translation>Ережелер және олардың дереккөздері:</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Дереккөз: {source}</translation>
    </message>
    <message>
        <source>Not confirmed in a source: check before relying on it.</source>
        <translation>Дереккөзбен расталмаған: сүйенбес бұрын тексеріңіз.</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Нұсқалары:</translation>
    </message>
    <message>
        <source>replay a scripted session (see docs/scenario-format.md)</source>
        <translation>сценарий бойынша сеансты қайта ойнату (docs/scenario-format.md құжатын қараңыз)</translation>
    </message>
    <message>
        <source>run a scenario file and print the session&apos;s summary as JSON</source>
        <translation>сценарий файлын орындап, сеанс қорытындысын JSON форматында шығару</translation>
    </message>
    <message>
        <source>the session file to write (default: a new one in the data folder)</source>
        <translation>жазылатын сеанс файлы (әдепкі бойынша — деректер қалтасындағы жаңа файл)</translation>
    </message>
    <message>
        <source>list, show, rename or delete sessions</source>
        <translation>сеанстарды тізімдеу, көрсету, атын өзгерту немесе өшіру</translation>
    </message>
    <message>
        <source>list the sessions in the data folder</source>
        <translation>деректер қалтасындағы сеанстардың тізімін шығару</translation>
    </message>
    <message>
        <source>print a session&apos;s summary as JSON</source>
        <translation>сеанс қорытындысын JSON форматында шығару</translation>
    </message>
    <message>
        <source>a session file, or its name in the data folder</source>
        <translation>сеанс файлы немесе оның деректер қалтасындағы аты</translation>
    </message>
    <message>
        <source>where to write (CSV: a folder, or a file ending in .zip)</source>
        <translation>қайда жазу керек (CSV: бума немесе .zip-пен аяқталатын файл)</translation>
    </message>
    <message>
        <source>language of the export&apos;s words (the codebook, the report) and of messages</source>
        <translation>экспорттағы мәтіндердің (бағандар сипаттамасы, есеп) және хабарламалардың тілі</translation>
    </message>
    <message>
        <source>use real names instead of pseudonyms</source>
        <translation>бүркеншік аттардың орнына шын аттарды қолдану</translation>
    </message>
    <message>
        <source>include free-text notes</source>
        <translation>еркін мәтінді жазбаларды қосу</translation>
    </message>
    <message>
        <source>create a session file from a session JSON export</source>
        <translation>сеанстың JSON экспортынан сеанс файлын жасау</translation>
    </message>
    <message>
        <source>a session JSON file</source>
        <translation>сеанстың JSON файлы</translation>
    </message>
    <message>
        <source>the new session file</source>
        <translation>жаңа сеанс файлы</translation>
    </message>
    <message>
        <source>Give a session to export, or --corpus with session files or folders.</source>
        <translation>Экспорттайтын сеансты немесе сеанс файлдары не қалталары көрсетілген --corpus параметрін беріңіз.</translation>
    </message>
    <message>
        <source>Give either a session or --corpus, not both.</source>
        <translation>Не сеансты, не --corpus параметрін беріңіз, екеуін бірге бермеңіз.</translation>
    </message>
    <message>
        <source>--corpus writes CSV tables only: use --format csv.</source>
        <translation>--corpus тек CSV кестелерін жазады: --format csv параметрін қолданыңыз.</translation>
    </message>
    <message>
        <source>--corpus needs --out: a folder, or a file ending in .zip.</source>
        <translation>--corpus үшін --out керек: қалта немесе .zip-пен аяқталатын файл.</translation>
    </message>
    <message>
        <source>Sessions: {done}/{total}</source>
        <translation>Сеанстар: {done}/{total}</translation>
    </message>
    <message>
        <source>Sessions exported: {done}; files skipped: {skipped}.</source>
        <translation>Экспортталған сеанстар: {done}; өткізіп жіберілген файлдар: {skipped}.</translation>
    </message>
    <message>
        <source>Warning: this export shows the participants&apos; real names. Share it only with people allowed to see them.</source>
        <translation>Ескерту: бұл экспортта қатысушылардың шын аттары көрсетілген. Оны тек көруге рұқсаты бар адамдармен бөлісіңіз.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Жазылды: {path}</translation>
    </message>
    <message>
        <source>export a session (JSON, CSV tables, GraphML, GEXF, the report as PDF or HTML, the network as PNG or SVG), or many sessions as one CSV data set</source>
        <translation>сеансты экспорттау (JSON, CSV кестелері, GraphML, GEXF, PDF немесе HTML есеп, PNG немесе SVG ықпал желісі) не көп сеансты бір CSV деректер жиыны ретінде экспорттау</translation>
    </message>
    <message>
        <source>merge many sessions (session files, session JSON exports, folders of them) into one CSV data set with a session column</source>
        <translation>көп сеансты (сеанс файлдары, сеанстардың JSON экспорттары, солар бар қалталар) session бағаны бар бір CSV деректер жиынына біріктіру</translation>
    </message>
    <message>
        <source>the export format: %(choices)s</source>
        <translation>экспорт форматы: %(choices)s</translation>
    </message>
    <message>
        <source>Imported: {path}</source>
        <translation>Импортталды: {path}</translation>
    </message>
    <message>
        <source>give a session a new title</source>
        <translation>сеансқа жаңа атау беру</translation>
    </message>
    <message>
        <source>delete a session and its backups</source>
        <translation>сеансты және оның сақтық көшірмелерін өшіру</translation>
    </message>
    <message>
        <source>confirm the deletion</source>
        <translation>өшіруді растау</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Әзірге сеанс жоқ.</translation>
    </message>
    <message>
        <source>{updated}  {phase:&lt;12}  {title}  ({file})</source>
        <translation>{updated}  {phase:&lt;12}  {title}  ({file})</translation>
    </message>
    <message>
        <source>Skipped {file}: {reason}</source>
        <translation>{file} файлы өткізіп жіберілді: {reason}</translation>
    </message>
    <message>
        <source>Renamed: {title}</source>
        <translation>Атауы өзгертілді: {title}</translation>
    </message>
    <message>
        <source>This deletes {file} for good. Run the command again with --yes to confirm.</source>
        <translation>Бұл әрекет {file} файлын біржола өшіреді. Растау үшін команданы --yes параметрімен қайта орындаңыз.</translation>
    </message>
    <message>
        <source>Deleted: {file}</source>
        <translation>Өшірілді: {file}</translation>
    </message>
    <message>
        <source>count ballots under a court model (request on standard input)</source>
        <translation>бюллетеньдерді сот моделінің ережелері бойынша санау (сұрау стандартты кіріске беріледі)</translation>
    </message>
    <message>
        <source>Reads a tally request as JSON on standard input and prints the verdict engine&apos;s answer as JSON. See docs/court-models.md.</source>
        <translation>Дауыс санау сұрауын стандартты кірістен JSON түрінде оқып, кесімді есептейтін модульдің жауабын JSON түрінде шығарады. docs/court-models.md құжатын қараңыз.</translation>
    </message>
    <message>
        <source>the court model id, e.g. kz-2010 or ru/district</source>
        <translation>сот моделінің идентификаторы, мысалы, kz-2010 немесе ru/district</translation>
    </message>
    <message>
        <source>also say what every other court would decide</source>
        <translation>басқа соттардың әрқайсысы қандай шешім шығаратынын да көрсету</translation>
    </message>
    <message>
        <source>language of the rule sentence</source>
        <translation>ереже мәтінінің тілі</translation>
    </message>
    <message>
        <source>read a class list the way the new-session wizard does</source>
        <translation>сынып тізімін жаңа сеанс шеберіндегідей оқу</translation>
    </message>
    <message>
        <source>read a class list (CSV or text) and report what was skipped</source>
        <translation>сынып тізімін (CSV немесе мәтін) оқып, нелер өткізіп жіберілгенін хабарлау</translation>
    </message>
    <message>
        <source>Reads a class list and prints the names taken, one a line, and a line for each thing skipped or changed. The file is never changed. See docs/formats/roster.md.</source>
        <translation>Сынып тізімін оқып, алынған аттарды әр жолға біреуден шығарады, ал өткізіп жіберілген не өзгертілген әрбір нәрсе туралы жеке жол шығарады. Файл ешқашан өзгертілмейді. docs/formats/roster.md құжатын қараңыз.</translation>
    </message>
    <message>
        <source>the class list: CSV or plain text, one name a line</source>
        <translation>сынып тізімі: CSV немесе қарапайым мәтін, әр жолда бір ат</translation>
    </message>
    <message>
        <source>Not imported: {file}. {reason} The file is unchanged.</source>
        <translation>Импортталмады: {file}. {reason} Файлға өзгеріс енгізілген жоқ.</translation>
    </message>
    <message>
        <source>none, one name a line</source>
        <translation>жоқ, әр жолда бір ат</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>үтір</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>нүктелі үтір</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Names taken: {count}. Encoding: {encoding}. Separator: {separator}. Header row: {header}.</source>
        <translation>Алынған аттар саны: {count}. Кодтау: {encoding}. Бөлгіш: {separator}. Тақырып жолы: {header}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>what if another court, panel or rule had decided?</source>
        <translation>басқа сот, алқа немесе ереже шешсе не болар еді?</translation>
    </message>
    <message>
        <source>Fits a model of who moved whom to a session and replays its deliberation under other panels and rules, or gives the verdict odds of a generated class. See docs/what-if.md.</source>
        <translation>Сеансқа кім кімге әсер еткенінің моделін сәйкестендіреді және оның талқылауын басқа алқалар мен ережелер бойынша қайта ойнатады немесе жасалған сыныптың кесім ықтималдықтарын береді. docs/what-if.md қараңыз.</translation>
    </message>
    <message>
        <source>no-judges, panel=1+10, rule=MODEL, stubborn=X, equal-talk, open or secret; commas combine switches, repeat for more scenarios</source>
        <translation>no-judges, panel=1+10, rule=MODEL, stubborn=X, equal-talk, open немесе secret; үтір ауыстырғыштарды біріктіреді, көбірек сценарий үшін қайталаңыз</translation>
    </message>
    <message>
        <source>Monte Carlo runs per scenario</source>
        <translation>әр сценарийге Монте-Карло жүгіртулері</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same result</source>
        <translation>кездейсоқ сан тұқымы: бірдей тұқым бірдей нәтиже береді</translation>
    </message>
    <message>
        <source>a generated class of N members</source>
        <translation>N мүшеден тұратын жасалған сынып</translation>
    </message>
    <message>
        <source>members of the generated class who start at guilty</source>
        <translation>жасалған сыныптың кінәлі деп бастайтын мүшелері</translation>
    </message>
    <message>
        <source>members who start undecided</source>
        <translation>шешпей бастайтын мүшелер</translation>
    </message>
    <message>
        <source>one court model id (default: every model)</source>
        <translation>бір сот моделінің id-і (әдепкі: барлық модельдер)</translation>
    </message>
    <message>
        <source>language of the sentences</source>
        <translation>сөйлемдердің тілі</translation>
    </message>
    <message>
        <source>Name a session, or give --generated N --guilty K.</source>
        <translation>Сеансты атаңыз немесе --generated N --guilty K беріңіз.</translation>
    </message>
    <message>
        <source>A class of {n}: {guilty} guilty, {not_guilty} not guilty, {undecided} undecided at the start.</source>
        <translation>{n} мүшелі сынып: басында {guilty} кінәлі, {not_guilty} кінәсіз, {undecided} шешпеген.</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>кінәлі</translation>
    </message>
    <message>
        <source>not guilty</source>
        <translation>кінәсіз</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>кесім жоқ</translation>
    </message>
    <message>
        <source>replay a session file or a session JSON export, read-only</source>
        <translation>сеанс файлын немесе сеанстың JSON экспортын тек оқу режимінде қайта көрсету</translation>
    </message>
    <message>
        <source>a session file (.alqa) or a session JSON export</source>
        <translation>сеанс файлы (.alqa) немесе сеанстың JSON экспорты</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>жинақ</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>бастапқы кодтан</translation>
    </message>
    <message>
        <source>nothing in {folders} under {root}</source>
        <translation>{root} ішіндегі {folders} бос</translation>
    </message>
    <message>
        <source>only {n} modules found</source>
        <translation>тек {n} модуль табылды</translation>
    </message>
    <message>
        <source>{n} modules</source>
        <translation>{n} модуль</translation>
    </message>
    <message>
        <source>{folder} (portable mode)</source>
        <translation>{folder} (тасымалды режим)</translation>
    </message>
    <message>
        <source>the window did not show</source>
        <translation>терезе ашылмады</translation>
    </message>
    <message>
        <source>the app&apos;s icon is missing</source>
        <translation>бағдарламаның белгішесі жоқ</translation>
    </message>
    <message>
        <source>the demo session did not open</source>
        <translation>демо сеанс ашылмады</translation>
    </message>
    <message>
        <source>shown in {ms} ms on the page {page}; the demo opened on the page {demo}</source>
        <translation>{ms} мс ішінде ашылды, бет: {page}; демо мына бетте ашылды: {demo}</translation>
    </message>
    <message>
        <source>no court model</source>
        <translation>сот үлгісі жоқ</translation>
    </message>
    <message>
        <source>{model} has no name or rule text</source>
        <translation>{model} үлгісінің атауы не ереже мәтіні жоқ</translation>
    </message>
    <message>
        <source>{n} models, {sentences} sentences</source>
        <translation>{n} үлгі, {sentences} сөйлем</translation>
    </message>
    <message>
        <source>no built-in case</source>
        <translation>кірістірілген іс жоқ</translation>
    </message>
    <message>
        <source>{case} does not read back</source>
        <translation>{case} ісі қайта оқылмайды</translation>
    </message>
    <message>
        <source>{n} cases: {titles}</source>
        <translation>{n} іс: {titles}</translation>
    </message>
    <message>
        <source>{n} events into {file}</source>
        <translation>{file} файлына {n} оқиға жазылды</translation>
    </message>
    <message>
        <source>the JSON export has no events</source>
        <translation>JSON экспортында оқиғалар жоқ</translation>
    </message>
    <message>
        <source>the PDF export is not a PDF</source>
        <translation>PDF экспорты PDF емес</translation>
    </message>
    <message>
        <source>version</source>
        <translation>нұсқа</translation>
    </message>
    <message>
        <source>Alqa&apos;s files</source>
        <translation>Alqa файлдары</translation>
    </message>
    <message>
        <source>program parts</source>
        <translation>бағдарлама бөліктері</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>деректер қалтасы</translation>
    </message>
    <message>
        <source>main window</source>
        <translation>негізгі терезе</translation>
    </message>
    <message>
        <source>words in {lang}</source>
        <translation>{lang} тіліндегі сөздер</translation>
    </message>
    <message>
        <source>court models in {lang}</source>
        <translation>{lang} тіліндегі сот үлгілері</translation>
    </message>
    <message>
        <source>built-in cases in {lang}</source>
        <translation>{lang} тіліндегі кірістірілген істер</translation>
    </message>
    <message>
        <source>example scenario</source>
        <translation>үлгі сценарий</translation>
    </message>
    <message>
        <source>JSON export</source>
        <translation>JSON экспорты</translation>
    </message>
    <message>
        <source>PDF export</source>
        <translation>PDF экспорты</translation>
    </message>
    <message>
        <source>Self-test failed: {failed} of {n} checks. Details are in {log}.</source>
        <translation>Өзін-өзі тексеру сәтсіз: {n} тексерудің {failed} өтпеді. Толығырақ: {log}.</translation>
    </message>
    <message>
        <source>Self-test failed: {failed} of {n} checks.</source>
        <translation>Өзін-өзі тексеру сәтсіз: {n} тексерудің {failed} өтпеді.</translation>
    </message>
    <message>
        <source>Self-test passed: {n} checks.</source>
        <translation>Өзін-өзі тексеру сәтті: {n} тексеру өтті.</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>Alqa CSV export: codebook</source>
        <translation>Alqa CSV экспорты: бағандар сипаттамасы</translation>
    </message>
    <message>
        <source>column</source>
        <translation>баған</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>мағынасы</translation>
    </message>
    <message>
        <source>`alqa export SESSION --format csv --out FOLDER` (or `--out FILE.zip`) writes one table per file, in long format (one row per observation), UTF-8 with a byte-order mark (Excel opens it as UTF-8), comma-separated, with a header row. This codebook is written beside the tables as `codebook.md`, in the export&apos;s language (`--lang kk`, `ru` or `en`). Column names and values (`guilty`, `yes`, `juror-3`, ...) are data and stay in English.</source>
        <translation>`alqa export SESSION --format csv --out FOLDER` (немесе `--out FILE.zip`) әр кестені жеке файлға жазады: ұзын форматта (әр бақылауға бір жол), байт реті белгісі бар UTF-8 кодтауында (Excel оны UTF-8 ретінде ашады), үтірмен бөлінген, тақырып жолымен. Бұл сипаттама кестелердің қасына `codebook.md` файлы ретінде экспорт тілінде жазылады (`--lang kk`, `ru` немесе `en`). Баған атаулары мен мәндер (`guilty`, `yes`, `juror-3`, ...) — деректер, сондықтан ағылшынша қалады.</translation>
    </message>
    <message>
        <source>Anonymised by default: the `member`, `source` and `target` columns hold a pseudonym given by seat (`Juror 3`, `Judge 1`, `Prosecutor`, `Defence counsel`, `Defendant`, `Victim`, `Clerk`, `Witness 2`, `Reserve 1`; anyone without a seat is `Member &lt;roster number&gt;`). The same person has the same pseudonym in every file of one export (and in the JSON, GraphML and GEXF exports of the same session). With `--names` these columns hold the member id (`p7`) and `participants.csv` gives the real name.</source>
        <translation>Әдепкі бойынша деректер жасырылады: `member`, `source` және `target` бағандарында орын бойынша берілген бүркеншік ат тұрады (`Juror 3`, `Judge 1`, `Prosecutor`, `Defence counsel`, `Defendant`, `Victim`, `Clerk`, `Witness 2`, `Reserve 1`; орны жоқ қатысушы — `Member &lt;тізімдегі нөмірі&gt;`). Бір экспорттың барлық файлында (және сол сеанстың JSON, GraphML және GEXF экспорттарында) бір адамның бүркеншік аты бірдей. `--names` берілсе, бұл бағандарда қатысушының идентификаторы (`p7`) тұрады, ал `participants.csv` оның шын атын көрсетеді.</translation>
    </message>
    <message>
        <source>Research corpora</source>
        <translation>Зерттеуге арналған корпустар</translation>
    </message>
    <message>
        <source>`alqa export --corpus FILES_OR_FOLDER ... --format csv --out FOLDER` merges many sessions (session files `*.alqa` and session JSON exports; a folder is read with its subfolders) into one data set: the same tables, each with a first column `session`. The rows of one session are those of its own export, with its own pseudonyms: `Juror 3` of one session is not `Juror 3` of another. A file that is not a readable session, or a session already read from another file, is skipped with a warning.</source>
        <translation>`alqa export --corpus FILES_OR_FOLDER ... --format csv --out FOLDER` көп сеансты (`*.alqa` сеанс файлдары мен сеанстардың JSON экспорттары; қалта ішкі қалталарымен бірге оқылады) бір деректер жиынына біріктіреді: кестелер сол, бірақ әрқайсысының бірінші бағаны — `session`. Бір сеанстың жолдары оның өз экспортындағы жолдармен бірдей, бүркеншік аттары да өзінікі: бір сеанстағы `Juror 3` басқа сеанстағы `Juror 3` емес. Оқылатын сеанс болмаған файл, сондай-ақ басқа файлдан оқылып қойған сеанс ескертумен өткізіп жіберіледі.</translation>
    </message>
    <message>
        <source>the session id (in corpus exports only)</source>
        <translation>сеанс идентификаторы (тек корпус экспорттарында)</translation>
    </message>
    <message>
        <source>deliberation round</source>
        <translation>кеңесу туры</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>сұрақ идентификаторы</translation>
    </message>
    <message>
        <source>pseudonym (or member id with --names)</source>
        <translation>бүркеншік ат (--names берілсе, қатысушы идентификаторы)</translation>
    </message>
    <message>
        <source>the seat held at the end of the session: judge-1, juror-3, prosecutor, defence, defendant, victim, clerk, witness-&lt;witness id&gt;; empty when none</source>
        <translation>сеанс соңындағы орны: judge-1, juror-3, prosecutor, defence, defendant, victim, clerk, witness-&lt;куә идентификаторы&gt;; орны болмаса бос</translation>
    </message>
    <message>
        <source>judge, juror, reserve, prosecutor, defence, defendant, victim, witness, clerk; empty when none</source>
        <translation>judge, juror, reserve, prosecutor, defence, defendant, victim, witness, clerk; рөлі болмаса бос</translation>
    </message>
    <message>
        <source>the pseudonym again (or the real name with --names)</source>
        <translation>тағы да бүркеншік ат (--names берілсе, шын аты)</translation>
    </message>
    <message>
        <source>deliberation round number (from 1)</source>
        <translation>кеңесу турының нөмірі (1-ден бастап)</translation>
    </message>
    <message>
        <source>who gave the stance</source>
        <translation>ұстанымын білдірген қатысушы</translation>
    </message>
    <message>
        <source>guilty, not_guilty or undecided</source>
        <translation>guilty (кінәлі), not_guilty (кінәсіз) немесе undecided (әлі шешпеген)</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0-ден 100-ге дейін</translation>
    </message>
    <message>
        <source>signed opinion: +confidence/100 for guilty, -confidence/100 for not guilty, 0 for undecided</source>
        <translation>таңбалы пікір: кінәлі болса +confidence/100, кінәсіз болса -confidence/100, әлі шешпеген болса 0</translation>
    </message>
    <message>
        <source>1 if given openly (a show of hands), 0 if private</source>
        <translation>ашық білдірілсе (қол көтеру арқылы) 1, жасырын болса 0</translation>
    </message>
    <message>
        <source>One row per round, source, target, kind and direction (see docs/influence.md).</source>
        <translation>Әр тур, ықпал етуші, ықпал алушы, түр және бағыт үшін бір жол (docs/influence.md қараңыз).</translation>
    </message>
    <message>
        <source>the influencer (whose arguments moved)</source>
        <translation>ықпал етуші (кімнің дәлелдері әсер етті)</translation>
    </message>
    <message>
        <source>the influenced (who was moved)</source>
        <translation>ықпал алушы (кімге әсер етті)</translation>
    </message>
    <message>
        <source>reported (the target said so) or inferred (computed from stance changes and talk time)</source>
        <translation>reported (ықпал алушының өзі айтты) немесе inferred (ұстанымдардың өзгеруі мен сөйлеу уақытынан есептелді)</translation>
    </message>
    <message>
        <source>guilty or not_guilty: the direction of the move</source>
        <translation>guilty немесе not_guilty: ұстаным қай бағытқа ауысты</translation>
    </message>
    <message>
        <source>reported: number of reports (1 each); inferred: the share of the target&apos;s move</source>
        <translation>reported: хабарламалар саны (әрқайсысы 1); inferred: ықпал алушы ұстанымының өзгерісіндегі үлес</translation>
    </message>
    <message>
        <source>One row per ballot and question; only votes whose ballots were revealed (or open votes), not annulled ones.</source>
        <translation>Әр бюллетень мен сұрақ үшін бір жол; тек бюллетеньдері ашылған (немесе ашық) дауыс берулер, күші жойылғандары кірмейді.</translation>
    </message>
    <message>
        <source>vote number</source>
        <translation>дауыс берудің нөмірі</translation>
    </message>
    <message>
        <source>ballot number within the vote (secret ballots: the order of the opened box, unrelated to the order of voting)</source>
        <translation>дауыс берудегі бюллетень нөмірі (жасырын дауыс беруде: ашылған жәшіктегі рет, дауыс беру ретіне қатысы жоқ)</translation>
    </message>
    <message>
        <source>question id of the case (q1, q2, ...)</source>
        <translation>істің сұрақ идентификаторы (q1, q2, ...)</translation>
    </message>
    <message>
        <source>the voter&apos;s role: judge or juror</source>
        <translation>дауыс берушінің рөлі: judge (судья) немесе juror (алқаби)</translation>
    </message>
    <message>
        <source>open ballots: the voter; secret ballots: always empty</source>
        <translation>ашық дауыс беруде: дауыс беруші; жасырын дауыс беруде: әрқашан бос</translation>
    </message>
    <message>
        <source>yes, no or blank</source>
        <translation>yes (иә), no (жоқ) немесе blank (бос)</translation>
    </message>
    <message>
        <source>who spoke</source>
        <translation>сөйлеген қатысушы</translation>
    </message>
    <message>
        <source>seconds spoken in the round</source>
        <translation>турда сөйлеген секунд саны</translation>
    </message>
    <message>
        <source>speaking turns taken in the round</source>
        <translation>турда сөз алған рет саны</translation>
    </message>
    <message>
        <source>vote number (revealed votes only)</source>
        <translation>дауыс берудің нөмірі (тек нәтижесі ашылғандары)</translation>
    </message>
    <message>
        <source>number of ballots with that answer</source>
        <translation>осы жауабы бар бюллетеньдер саны</translation>
    </message>
    <message>
        <source>the answer the court&apos;s rules give the question (yes, no or none); empty if it could not be decided</source>
        <translation>соттың ережелері бойынша сұраққа берілетін жауап (yes, no немесе none); анықтау мүмкін болмаса бос</translation>
    </message>
    <message>
        <source>One row per question of the deciding vote (one row with an empty question when there were no answers).</source>
        <translation>Шешуші дауыс берудің әр сұрағы үшін бір жол (жауаптар болмаса, сұрағы бос бір жол).</translation>
    </message>
    <message>
        <source>the deciding vote</source>
        <translation>шешуші дауыс беру</translation>
    </message>
    <message>
        <source>guilty or not_guilty (empty for a hung jury)</source>
        <translation>guilty немесе not_guilty (алқабилер шешімге келмесе бос)</translation>
    </message>
    <message>
        <source>yes, no or none</source>
        <translation>yes, no немесе none</translation>
    </message>
    <message>
        <source>1 for a hung jury, else 0</source>
        <translation>алқабилер шешімге келмесе 1, әйтпесе 0</translation>
    </message>
    <message>
        <source>the sentence as declared (text)</source>
        <translation>жарияланған жаза (мәтін)</translation>
    </message>
    <message>
        <source>the sentence in years, when it has a number</source>
        <translation>жаза жылмен, егер сан ретінде берілсе</translation>
    </message>
    <message>
        <source>who sentenced: judge or panel</source>
        <translation>жазаны кім тағайындады: judge (судья) немесе panel (алқа)</translation>
    </message>
    <message>
        <source>note number (from 1; withdrawn notes are left out)</source>
        <translation>жазба нөмірі (1-ден бастап; кері алынған жазбалар кірмейді)</translation>
    </message>
    <message>
        <source>whom the note is about (empty: the session)</source>
        <translation>жазба кім туралы (бос болса, сеанс туралы)</translation>
    </message>
    <message>
        <source>the note; `…` unless the export was made with --notes</source>
        <translation>жазба мәтіні; экспорт --notes арқылы жасалмаса, `…`</translation>
    </message>
</context>
<context>
    <name>CourtPage</name>
    <message>
        <source>The court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Choose the court whose rules the class will follow.</source>
        <translation>Сынып ережелерін ұстанатын сотты таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Courts:</source>
        <translation>&amp;Соттар:</translation>
    </message>
    <message>
        <source>&amp;Your own court…</source>
        <translation>Ө&amp;з сотыңыз…</translation>
    </message>
    <message>
        <source>Your own court</source>
        <translation>Өз сотыңыз</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>Соттар</translation>
    </message>
</context>
<context>
    <name>CourtroomPage</name>
    <message>
        <source>&amp;What if?</source>
        <translation>&amp;Егер де…?</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Желі</translation>
    </message>
    <message>
        <source>{court}. {rules}</source>
        <translation>{court}. {rules}</translation>
    </message>
    <message>
        <source>First choose the juror&apos;s seat on the seat map, then press this again.</source>
        <translation>Алдымен орындар схемасынан алқабидің орнын таңдаңыз, содан кейін осы түймені қайта басыңыз.</translation>
    </message>
    <message>
        <source>A juror leaves</source>
        <translation>Алқабиді шығару</translation>
    </message>
    <message>
        <source>Why does the juror leave?</source>
        <translation>Алқаби құрамнан неліктен шығады?</translation>
    </message>
    <message>
        <source>Save the ballot cards</source>
        <translation>Дауыс беру карточкаларын сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Ballot cards saved: {file}. Earlier cards no longer work.</source>
        <translation>Дауыс беру карточкалары сақталды: {file}. Бұрынғы карточкалар енді жарамсыз.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Сеансты аяқтау</translation>
    </message>
    <message>
        <source>End this session? Nothing more can be recorded.</source>
        <translation>Бұл сеансты аяқтау керек пе? Одан кейін ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Ending the session needs the teacher PIN.</source>
        <translation>Сеансты аяқтау үшін мұғалімнің PIN кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Басты бет</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation>Орындар схемасы</translation>
    </message>
    <message>
        <source>&amp;Courtroom</source>
        <translation>Сот &amp;залы</translation>
    </message>
    <message>
        <source>Courtroom and the work of the current phase</source>
        <translation>Сот залы және ағымдағы кезеңдегі жұмыс</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Work of the current phase</source>
        <translation>Ағымдағы кезеңдегі жұмыс</translation>
    </message>
    <message>
        <source>A juror &amp;leaves…</source>
        <translation>Алқаб&amp;иді шығару…</translation>
    </message>
    <message>
        <source>Print &amp;ballot cards…</source>
        <translation>Карто&amp;чкаларды басып шығару…</translation>
    </message>
    <message>
        <source>Print ballot cards</source>
        <translation>Дауыс беру карточкаларын басып шығару</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export the session: report, data, network</source>
        <translation>Сеансты экспорттау: есеп, деректер, желі</translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation>Сеансты аяқта&amp;у…</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Дауыс беру</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Дауыс беруді ашу</translation>
    </message>
    <message>
        <source>&amp;Start the trial</source>
        <translation>&amp;Сот талқылауын бастау</translation>
    </message>
    <message>
        <source>Start the trial</source>
        <translation>Сот талқылауын бастау</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Проектор терезесі</translation>
    </message>
    <message>
        <source>Projector window</source>
        <translation>Проектор терезесі</translation>
    </message>
</context>
<context>
    <name>CustomModelDialog</name>
    <message>
        <source> of {voters}</source>
        <translation> / {voters}</translation>
    </message>
    <message>
        <source>Give the court a name.</source>
        <translation>Сотқа атау беріңіз.</translation>
    </message>
    <message>
        <source>Your own court</source>
        <translation>Өз сотыңыз</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Негізі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Judges:</source>
        <translation>С&amp;удьялар:</translation>
    </message>
    <message>
        <source>J&amp;urors:</source>
        <translation>&amp;Алқабилер:</translation>
    </message>
    <message>
        <source>&amp;Reserves:</source>
        <translation>&amp;Қосалқы алқабилер:</translation>
    </message>
    <message>
        <source>Judges &amp;vote:</source>
        <translation>Судьялар &amp;дауыс береді:</translation>
    </message>
    <message>
        <source>Votes needed &amp;against the accused:</source>
        <translation>Сотталушыға &amp;қарсы шешім үшін қажет дауыс:</translation>
    </message>
    <message>
        <source>Short of that &amp;majority:</source>
        <translation>Бұл &amp;көпшілік жиналмаса:</translation>
    </message>
    <message>
        <source>&amp;Blank ballots:</source>
        <translation>&amp;Бос бюллетеньдер:</translation>
    </message>
    <message>
        <source>Peremptory challenges, &amp;prosecution:</source>
        <translation>Айыптау тарапының &amp;уәжсіз қарсылықтары:</translation>
    </message>
    <message>
        <source>Peremptory challenges, &amp;defence:</source>
        <translation>Қорғау тарапының уәжсіз қарсылы&amp;қтары:</translation>
    </message>
    <message>
        <source>with the jurors, one vote each</source>
        <translation>алқабилермен бірге, әрқайсысының бір дауысы бар</translation>
    </message>
    <message>
        <source>the accused is acquitted</source>
        <translation>сотталушы ақталады</translation>
    </message>
    <message>
        <source>no verdict: deliberate on, or a hung jury</source>
        <translation>кесім жоқ: кеңесу жалғасады немесе алқабилер шешімге келмеді</translation>
    </message>
    <message>
        <source>count for the accused (otherwise the ballot is cast again)</source>
        <translation>сотталушының пайдасына саналады (әйтпесе қайта дауыс беріледі)</translation>
    </message>
</context>
<context>
    <name>DeliberationPanel</name>
    <message>
        <source>Deliberation, round {n}</source>
        <translation>Кеңесу, {n}-тур</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Кеңесу</translation>
    </message>
    <message>
        <source>&amp;Start round {n}</source>
        <translation>{n}-турды б&amp;астау</translation>
    </message>
    <message>
        <source>Start round {n}</source>
        <translation>{n}-турды бастау</translation>
    </message>
    <message>
        <source>{seat}, {name}</source>
        <translation>{seat}, {name}</translation>
    </message>
    <message>
        <source>Talk time {time}</source>
        <translation>Сөз уақыты: {time}</translation>
    </message>
    <message>
        <source>{who}. Talk time {time}.</source>
        <translation>{who}. Сөйлеу уақыты: {time}.</translation>
    </message>
    <message>
        <source>↑ hand raised</source>
        <translation>↑ қолын көтерді</translation>
    </message>
    <message>
        <source>Hand raised.</source>
        <translation>Қолын көтерді.</translation>
    </message>
    <message>
        <source>▶ speaking now</source>
        <translation>▶ сөйлеп тұр</translation>
    </message>
    <message>
        <source>Speaking now.</source>
        <translation>Қазір сөйлеп тұр.</translation>
    </message>
    <message>
        <source>✓ answered</source>
        <translation>✓ жауап берді</translation>
    </message>
    <message>
        <source>Has given a stance.</source>
        <translation>Ұстанымын білдірді.</translation>
    </message>
    <message>
        <source>{n}. {who}</source>
        <translation>{n}. {who}</translation>
    </message>
    <message>
        <source>The stance check comes after the round ends.</source>
        <translation>Ұстанымдар тур аяқталғаннан кейін сұралады.</translation>
    </message>
    <message>
        <source>The stances of round {n} are revealed.</source>
        <translation>{n}-турдағы ұстанымдар ашылды.</translation>
    </message>
    <message>
        <source>{answered} of {total} have given a stance. Stances stay hidden until you reveal them.</source>
        <translation>{total} адамнан {answered} адам ұстанымын білдірді. Сіз ашқанға дейін ұстанымдар жасырын болады.</translation>
    </message>
    <message>
        <source>Revealed stances of round {n}</source>
        <translation>{n}-турдағы ашылған ұстанымдар</translation>
    </message>
    <message>
        <source>{stance}: {n}</source>
        <translation>{stance}: {n}</translation>
    </message>
    <message>
        <source>{who}: {stance}, {sure}% sure</source>
        <translation>{who}: {stance}, сенімділігі {sure}%</translation>
    </message>
    <message>
        <source>Round time {time}</source>
        <translation>Тур уақыты: {time}</translation>
    </message>
    <message>
        <source>Nobody is speaking.</source>
        <translation>Ешкім сөйлеп тұрған жоқ.</translation>
    </message>
    <message>
        <source>Speaking now: {who}, {time}</source>
        <translation>Қазір сөйлеп тұр: {who}, {time}</translation>
    </message>
    <message>
        <source>Private stance check</source>
        <translation>Ұстанымдарды жасырын сұрау</translation>
    </message>
    <message>
        <source>&amp;End round</source>
        <translation>Ту&amp;рды аяқтау</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Турды аяқтау</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>Ке&amp;лесі сөйлеуші</translation>
    </message>
    <message>
        <source>Next speaker (key N)</source>
        <translation>Келесі сөйлеуші (N пернесі)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Сөзді аяқтау</translation>
    </message>
    <message>
        <source>Done: the speaker has finished</source>
        <translation>Сөзді аяқтау: сөйлеуші сөзін аяқтады</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Өткізіп жіберу</translation>
    </message>
    <message>
        <source>Skip the first in the queue</source>
        <translation>Кезектегі біріншісін өткізіп жіберу</translation>
    </message>
    <message>
        <source>&amp;Private stance check</source>
        <translation>Ұстанымдарды &amp;жасырын сұрау</translation>
    </message>
    <message>
        <source>Q&amp;uick open stance check</source>
        <translation>&amp;Ұстанымдарды жылдам ашық сұрау</translation>
    </message>
    <message>
        <source>Quick open stance check by a show of hands</source>
        <translation>Ұстанымдарды қол көтеру арқылы жылдам ашық сұрау</translation>
    </message>
    <message>
        <source>&amp;Reveal stances</source>
        <translation>Ұстанымдарды а&amp;шу</translation>
    </message>
    <message>
        <source>Reveal stances</source>
        <translation>Ұстанымдарды ашу</translation>
    </message>
    <message>
        <source>Key N: the next in the queue speaks; the time of the last is saved.</source>
        <translation>N пернесі: кезектегі келесі адам сөйлейді, алдыңғы сөйлеушінің уақыты сақталады.</translation>
    </message>
    <message>
        <source>Raise a hand: click a name</source>
        <translation>Қол көтеру үшін атты басыңыз</translation>
    </message>
    <message>
        <source>Speaking &amp;queue</source>
        <translation>Сөз к&amp;езегі</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>Сөз кезегі</translation>
    </message>
    <message>
        <source>Stance check</source>
        <translation>Ұстанымдарды сұрау</translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <source>The session “{title}” was created</source>
        <translation>«{title}» сеансы құрылды</translation>
    </message>
    <message>
        <source>Another case or court was chosen</source>
        <translation>Басқа іс немесе сот таңдалды</translation>
    </message>
    <message>
        <source>Privacy set: open ballot</source>
        <translation>Құпиялылық бапталды: ашық дауыс беру</translation>
    </message>
    <message>
        <source>Privacy set: secret ballot</source>
        <translation>Құпиялылық бапталды: жасырын дауыс беру</translation>
    </message>
    <message>
        <source>Personal voter codes were printed</source>
        <translation>Жеке дауыс беру кодтары басып шығарылды</translation>
    </message>
    <message>
        <source>{name} joined the class</source>
        <translation>Жаңа қатысушы: {name}</translation>
    </message>
    <message>
        <source>{old} is now called {name}</source>
        <translation>Қатысушының аты өзгертілді: {old} → {name}</translation>
    </message>
    <message>
        <source>{name} left the class</source>
        <translation>Қатысушы тізімнен алынды: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate juror(s) drawn by lot</source>
        <translation>
            <numerusform>Жеребе бойынша %n алқаби кандидаты таңдалды</numerusform>
            <numerusform>Жеребе бойынша %n алқаби кандидаты таңдалды</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was questioned</source>
        <translation>Кандидаттан сұрақ алынды: {name}</translation>
    </message>
    <message>
        <source>{name} was challenged by the prosecution</source>
        <translation>Айыптау тарапы қарсылық білдірді: {name}</translation>
    </message>
    <message>
        <source>{name} was challenged by the defence</source>
        <translation>Қорғау тарапы қарсылық білдірді: {name}</translation>
    </message>
    <message>
        <source>{name} was excused by the court</source>
        <translation>Сот кандидатты босатты: {name}</translation>
    </message>
    <message>
        <source>The challenge of {name} was withdrawn</source>
        <translation>Қарсылық кері қайтарылды: {name}</translation>
    </message>
    <message numerus="yes">
        <source>The lot seated %n juror(s)</source>
        <translation>
            <numerusform>Жеребе бойынша %n алқаби орнына отырды</numerusform>
            <numerusform>Жеребе бойынша %n алқаби орнына отырды</numerusform>
        </translation>
    </message>
    <message>
        <source>The jury draw was undone, to draw again</source>
        <translation>Алқабилерді жеребе тарту қайта өткізу үшін болдырылмады</translation>
    </message>
    <message>
        <source>{name} took the seat: {seat}</source>
        <translation>{seat} орнына отырды: {name}</translation>
    </message>
    <message>
        <source>The seat {seat} was left empty</source>
        <translation>{seat} орны босады</translation>
    </message>
    <message>
        <source>Seats swapped: {a} and {b}</source>
        <translation>Орындар ауыстырылды: {a} және {b}</translation>
    </message>
    <message>
        <source>{name} ({seat}) left the jury</source>
        <translation>Алқабилер алқасынан шықты: {name} ({seat})</translation>
    </message>
    <message>
        <source>New phase: {phase}</source>
        <translation>Жаңа кезең: {phase}</translation>
    </message>
    <message>
        <source>Trial: {stage} began</source>
        <translation>Сот талқылауы: «{stage}» кезеңі басталды</translation>
    </message>
    <message>
        <source>Trial: {stage} ended after {time}</source>
        <translation>Сот талқылауы: «{stage}» кезеңі аяқталды ({time})</translation>
    </message>
    <message>
        <source>Objection by the prosecution</source>
        <translation>Айыптау тарапының қарсылығы</translation>
    </message>
    <message>
        <source>Objection by the defence</source>
        <translation>Қорғау тарапының қарсылығы</translation>
    </message>
    <message>
        <source>Objection sustained</source>
        <translation>Қарсылық қанағаттандырылды</translation>
    </message>
    <message>
        <source>Objection overruled</source>
        <translation>Қарсылық қабылданбады</translation>
    </message>
    <message>
        <source>Deliberation round {round} began</source>
        <translation>Кеңесудің {round}-туры басталды</translation>
    </message>
    <message>
        <source>Round {round}: {name} spoke for {time}</source>
        <translation>{round}-тур: {name} сөйледі ({time})</translation>
    </message>
    <message>
        <source>Round {round} ended after {time}</source>
        <translation>{round}-тур аяқталды ({time})</translation>
    </message>
    <message>
        <source>Stance check, round {round}: {name} answered</source>
        <translation>Ұстанымдарды сұрау, {round}-тур: {name} жауап берді</translation>
    </message>
    <message>
        <source>Stance check, round {round}: {name} said whose arguments moved them</source>
        <translation>Ұстанымдарды сұрау, {round}-тур: {name} кімнің дәлелдері ықпал еткенін айтты</translation>
    </message>
    <message>
        <source>The stances of round {round} were shown to the class</source>
        <translation>{round}-турдағы ұстанымдар сыныпқа көрсетілді</translation>
    </message>
    <message>
        <source>Vote {vote} opened</source>
        <translation>{vote}-дауыс беру басталды</translation>
    </message>
    <message>
        <source>Vote {vote}: a secret ballot was cast ({voted} of {total})</source>
        <translation>{vote}-дауыс беру: жасырын бюллетень салынды ({total} адамнан {voted})</translation>
    </message>
    <message>
        <source>Vote {vote}: {name} voted openly</source>
        <translation>{vote}-дауыс беру: {name} ашық дауыс берді</translation>
    </message>
    <message>
        <source>Vote {vote} was annulled</source>
        <translation>{vote}-дауыс беру жойылды</translation>
    </message>
    <message>
        <source>Vote {vote}: the ballots were revealed</source>
        <translation>{vote}-дауыс беру: бюллетеньдер ашылды</translation>
    </message>
    <message>
        <source>Verdict announced: guilty</source>
        <translation>Кесім жарияланды: кінәлі</translation>
    </message>
    <message>
        <source>Verdict announced: not guilty</source>
        <translation>Кесім жарияланды: кінәсіз</translation>
    </message>
    <message>
        <source>The jury could not agree (hung jury)</source>
        <translation>Алқабилер шешімге келмеді</translation>
    </message>
    <message>
        <source>Sentencing vote, round {round}</source>
        <translation>Жаза тағайындау бойынша дауыс беру, {round}-тур</translation>
    </message>
    <message>
        <source>Sentence announced: {sentence}</source>
        <translation>Жаза жарияланды: {sentence}</translation>
    </message>
    <message>
        <source>A note was added</source>
        <translation>Жазба қосылды</translation>
    </message>
    <message>
        <source>A note was withdrawn</source>
        <translation>Жазба қайтарылды</translation>
    </message>
    <message>
        <source>The session was closed</source>
        <translation>Сеанс жабылды</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Веб-беттер (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON файлдары (*.json)</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP архивтері (*.zip)</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml)</source>
        <translation>GraphML файлдары (*.graphml)</translation>
    </message>
    <message>
        <source>GEXF files (*.gexf)</source>
        <translation>GEXF файлдары (*.gexf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG сызбалары (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Жазылды: {path}</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Сеансты экспорттау</translation>
    </message>
    <message>
        <source>Report for the class (PDF)</source>
        <translation>Сыныпқа арналған есеп (PDF)</translation>
    </message>
    <message>
        <source>Report as a web page (HTML)</source>
        <translation>Веб-бет түріндегі есеп (HTML)</translation>
    </message>
    <message>
        <source>The whole session for research (JSON)</source>
        <translation>Зерттеуге арналған толық сеанс (JSON)</translation>
    </message>
    <message>
        <source>Tables for a spreadsheet, R or Python (CSV, zip)</source>
        <translation>Электрондық кесте, R немесе Python үшін кестелер (CSV, zip)</translation>
    </message>
    <message>
        <source>Influence network for Gephi or igraph (GraphML)</source>
        <translation>Gephi немесе igraph үшін ықпал желісі (GraphML)</translation>
    </message>
    <message>
        <source>Influence network with its timeline for Gephi (GEXF)</source>
        <translation>Gephi үшін уақыт шкаласы бар ықпал желісі (GEXF)</translation>
    </message>
    <message>
        <source>Network picture (PNG)</source>
        <translation>Желі суреті (PNG)</translation>
    </message>
    <message>
        <source>Network drawing (SVG)</source>
        <translation>Желі сызбасы (SVG)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Нені экспорттау:</translation>
    </message>
    <message>
        <source>&amp;Language of the words:</source>
        <translation>Мәтін &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;Call people by their seats (Juror 3, Judge 1), not by name</source>
        <translation>Қатысушыларды аты-жөнімен емес, &amp;орны бойынша атау (3-алқаби, 1-судья)</translation>
    </message>
    <message>
        <source>Warning: the export will show the participants&apos; real names. Share it only with people allowed to see them.</source>
        <translation>Ескерту: экспортта қатысушылардың шын аттары көрсетіледі. Оны тек көруге рұқсаты бар адамдармен бөлісіңіз.</translation>
    </message>
    <message>
        <source>Include the free-text &amp;notes</source>
        <translation>Еркін мәтінді &amp;жазбаларды қосу</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <source>Save the export as a file</source>
        <translation>Экспортты файл ретінде сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>&amp;Reported</source>
        <translation>&amp;Айтылған</translation>
    </message>
    <message>
        <source>&amp;Inferred</source>
        <translation>&amp;Есептелген</translation>
    </message>
    <message>
        <source>&amp;Animate</source>
        <translation>Ани&amp;мация</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Терезеге сыйдыру</translation>
    </message>
    <message>
        <source>&amp;Export picture…</source>
        <translation>Суретті экспо&amp;рттау…</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Орналастыру:</translation>
    </message>
    <message>
        <source>Courtroom seating</source>
        <translation>Орындар схемасы</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Күштік орналастыру</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>Round shown</source>
        <translation>Көрсетілген тур</translation>
    </message>
    <message>
        <source>Influence network</source>
        <translation>Ықпал желісі</translation>
    </message>
    <message>
        <source>Ctrl+wheel or + and - zoom; drag to move.</source>
        <translation>Масштабты Ctrl + тінтуір дөңгелегімен немесе + және - пернелерімен өзгертіңіз; жылжыту үшін сүйреңіз.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Кідірту</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Ой&amp;нату</translation>
    </message>
    <message>
        <source>Round {n} of {total}</source>
        <translation>{n}-тур (барлығы {total})</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Барлық турлар</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Қосалқы алқаби</translation>
    </message>
    <message>
        <source>Round {n}: {stance} ({confidence})</source>
        <translation>{n}-тур: {stance} ({confidence})</translation>
    </message>
    <message>
        <source>{seat}, {name}</source>
        <translation>{seat}, {name}</translation>
    </message>
    <message>
        <source>No stance shown yet.</source>
        <translation>Ұстанымы әлі ашылған жоқ.</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Суретті экспорттау</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG суреті (*.png);;SVG сызбасы (*.svg)</translation>
    </message>
    <message>
        <source>Width in pixels (the height follows):</source>
        <translation>Ені пиксельмен (биіктігі соған сай):</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>&amp;Recent sessions (%n)</source>
        <translation>
            <numerusform>Жуырдағы &amp;сеанстар (%n)</numerusform>
            <numerusform>Жуырдағы &amp;сеанстар (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} could not be opened: {reason}</source>
        <translation>{file} файлын ашу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Replay a session</source>
        <translation>Сеансты қайта ойнату</translation>
    </message>
    <message>
        <source>Sessions and session exports (*.alqa *.json);;Session files (*.alqa);;Session JSON (*.json)</source>
        <translation>Сеанстар және сеанс экспорттары (*.alqa *.json);;Сеанс файлдары (*.alqa);;Сеанс JSON файлы (*.json)</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Сеанстың атын өзгерту</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Жаңа атауы:</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Сеансты өшіру</translation>
    </message>
    <message>
        <source>Delete the session &quot;{title}&quot; and its backups? This cannot be undone.</source>
        <translation>«{title}» сеансын және оның сақтық көшірмелерін өшіру керек пе? Бұл әрекетті болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Alqa</source>
        <translation>Alqa</translation>
    </message>
    <message>
        <source>Stage a mock trial: seat the court, deliberate, vote by secret ballot on this laptop, and see how opinions moved one another.</source>
        <translation>Оқу сот процесін өткізіңіз: қатысушыларды сот залына орналастырыңыз, кеңесіңіз, осы ноутбукте жасырын дауыс беріңіз және пікірлердің бір-біріне қалай ықпал еткенін көріңіз.</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Жаңа сеанс…</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Жаңа сеанс</translation>
    </message>
    <message>
        <source>Case &amp;library</source>
        <translation>&amp;Істер кітапханасы</translation>
    </message>
    <message>
        <source>Case library</source>
        <translation>Істер кітапханасы</translation>
    </message>
    <message>
        <source>Open the &amp;demo session</source>
        <translation>&amp;Демо сеансты ашу</translation>
    </message>
    <message>
        <source>Open the demo session</source>
        <translation>Демо сеансты ашу</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Re&amp;play a session…</source>
        <translation>Сеансты қа&amp;йта ойнату…</translation>
    </message>
    <message>
        <source>Replay a session, read-only</source>
        <translation>Сеансты тек оқу үшін қайта ойнату</translation>
    </message>
    <message>
        <source>Plan a less&amp;on…</source>
        <translation>Сабақты жоспа&amp;рлау…</translation>
    </message>
    <message>
        <source>Plan a lesson: what would a class decide?</source>
        <translation>Сабақты жоспарлау: сынып қандай шешім шығарар еді?</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Жал&amp;ғастыру</translation>
    </message>
    <message>
        <source>Continue the selected session</source>
        <translation>Таңдалған сеансты жалғастыру</translation>
    </message>
    <message>
        <source>Rename the selected session</source>
        <translation>Таңдалған сеанстың атын өзгерту</translation>
    </message>
    <message>
        <source>Ren&amp;ame…</source>
        <translation>&amp;Атын өзгерту…</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Таңдалған сеансты өшіру</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>&amp;Өшіру…</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Жуырдағы сеанстар</translation>
    </message>
    <message>
        <source>No sessions yet. Start a new session, or open the demo session to see a seated courtroom.</source>
        <translation>Әзірге сеанс жоқ. Жаңа сеанс бастаңыз немесе орындары толтырылған сот залын көру үшін демо сеансты ашыңыз.</translation>
    </message>
</context>
<context>
    <name>InfluenceCharts</name>
    <message>
        <source>Opinions</source>
        <translation>Пікірлер</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Ұстанымдар саны</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Сөйлеу уақыты</translation>
    </message>
    <message>
        <source>Deliberation charts</source>
        <translation>Кеңесу диаграммалары</translation>
    </message>
    <message>
        <source>Choose a chart</source>
        <translation>Диаграмманы таңдаңыз</translation>
    </message>
    <message>
        <source>Each member&apos;s opinion after each round</source>
        <translation>Әр турдан кейінгі әр қатысушының пікірі</translation>
    </message>
    <message>
        <source>Stances per round</source>
        <translation>Әр турдағы ұстанымдар</translation>
    </message>
    <message>
        <source>Talk time per member (minutes)</source>
        <translation>Әр қатысушының сөйлеу уақыты (минут)</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Тур</translation>
    </message>
    <message>
        <source>● not guilty</source>
        <translation>● кінәсіз</translation>
    </message>
    <message>
        <source>○ undecided</source>
        <translation>○ әлі шешпеген</translation>
    </message>
    <message>
        <source>■ guilty</source>
        <translation>■ кінәлі</translation>
    </message>
    <message>
        <source>Round {no}</source>
        <translation>{no}-тур</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Minutes spoken</source>
        <translation>Сөйлеу уақыты, мин</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <source>Questioning</source>
        <translation>Кандидатқа сұрақ қою</translation>
    </message>
    <message>
        <source>What did questioning bring out about {name}?</source>
        <translation>Кандидат: {name}. Сұрақ қою барысында не анықталды?</translation>
    </message>
    <message>
        <source>Challenge for cause</source>
        <translation>Уәжді қарсылық</translation>
    </message>
    <message>
        <source>Why can {name} not sit on this jury?</source>
        <translation>Кандидат: {name}. Ол неге бұл алқаның құрамына кіре алмайды?</translation>
    </message>
    <message numerus="yes">
        <source>The lot drew %n candidate(s) (seed {seed}, kept with the session).</source>
        <translation>
            <numerusform>Жеребе %n кандидатты таңдады (бастапқы мән: {seed}, сеанспен бірге сақталады).</numerusform>
            <numerusform>Жеребе %n кандидатты таңдады (бастапқы мән: {seed}, сеанспен бірге сақталады).</numerusform>
        </translation>
    </message>
    <message>
        <source>The lot will draw {size} candidates from the {free} students without a seat.</source>
        <translation>Орны жоқ {free} оқушының арасынан жеребе арқылы {size} кандидат таңдалады.</translation>
    </message>
    <message>
        <source>Peremptory challenges left: prosecution {p}, defence {d}. Challenges for cause have no limit.</source>
        <translation>Қалған уәжсіз қарсылықтар: айыптау тарапында — {p}, қорғау тарапында — {d}. Уәжді қарсылықтар санына шек жоқ.</translation>
    </message>
    <message>
        <source>Jurors: {jurors}. Reserves: {reserves}.</source>
        <translation>Алқабилер: {jurors}. Қосалқы алқабилер: {reserves}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Challenged for cause: {reason}</source>
        <translation>Уәжді қарсылық: {reason}</translation>
    </message>
    <message>
        <source>prosecution</source>
        <translation>айыптау тарапы</translation>
    </message>
    <message>
        <source>defence</source>
        <translation>қорғау тарапы</translation>
    </message>
    <message>
        <source>Peremptory challenge by the {side}</source>
        <translation>Уәжсіз қарсылық: {side}</translation>
    </message>
    <message>
        <source>Reserve {n}</source>
        <translation>{n}-қосалқы алқаби</translation>
    </message>
    <message>
        <source>Juror {n}</source>
        <translation>{n}-алқаби</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Jury selection</source>
        <translation>Алқабилерді іріктеу</translation>
    </message>
    <message>
        <source>Draw the candidates, question them, use the challenges, then seat the jury by lot.</source>
        <translation>Кандидаттарды жеребе арқылы таңдаңыз, оларға сұрақ қойыңыз, қарсылық білдіру құқығын пайдаланыңыз, содан кейін алқабилерді жеребе бойынша отырғызыңыз.</translation>
    </message>
    <message>
        <source>&amp;Draw the candidates</source>
        <translation>Кандидаттарды жеребемен &amp;таңдау</translation>
    </message>
    <message>
        <source>Draw &amp;again</source>
        <translation>Жеребені қа&amp;йта тарту</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>&amp;Жазба қосу…</translation>
    </message>
    <message>
        <source>Peremptory challenge by the &amp;prosecution</source>
        <translation>Ай&amp;ыптау тарапының уәжсіз қарсылығы</translation>
    </message>
    <message>
        <source>Peremptory challenge by the d&amp;efence</source>
        <translation>Қо&amp;рғау тарапының уәжсіз қарсылығы</translation>
    </message>
    <message>
        <source>Challenge for &amp;cause…</source>
        <translation>&amp;Уәжді қарсылық білдіру…</translation>
    </message>
    <message>
        <source>&amp;Withdraw the challenge</source>
        <translation>&amp;Қарсылықты қайтарып алу</translation>
    </message>
    <message>
        <source>&amp;Seat the jury by lot</source>
        <translation>Алқабилерді жеребе бойынша &amp;отырғызу</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>Ка&amp;ндидаттар:</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Questioning notes</source>
        <translation>Сұрақ қою кезіндегі жазбалар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>■ guilty</source>
        <translation>■ кінәлі</translation>
    </message>
    <message>
        <source>● not guilty</source>
        <translation>● кінәсіз</translation>
    </message>
    <message>
        <source>○ no verdict</source>
        <translation>○ кесім жоқ</translation>
    </message>
    <message>
        <source>{court} (your court)</source>
        <translation>{court} (сіздің сотыңыз)</translation>
    </message>
    <message>
        <source>{court}: guilty {guilty}%, not guilty {not_guilty}%, no verdict {hung}%</source>
        <translation>{court}: кінәлі — {guilty}%, кінәсіз — {not_guilty}%, кесім жоқ — {hung}%</translation>
    </message>
    <message>
        <source>Share of simulated panels</source>
        <translation>Модельдегі алқалар үлесі</translation>
    </message>
    <message>
        <source>Verdicts per court: {scenario}</source>
        <translation>Әр сот бойынша кесімдер: {scenario}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Есептеліп жатыр…</translation>
    </message>
    <message>
        <source>The model could not be computed for this session. Details are in the log.</source>
        <translation>Бұл сеанс үшін модельді есептеу мүмкін болмады. Толығырақ журналда.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Your class, as it deliberated</source>
        <translation>Сыныбыңыз, қалай кеңескен болса, солай</translation>
    </message>
    <message>
        <source>The scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>The other courts in the scenario</source>
        <translation>Сценарийдегі басқа соттар</translation>
    </message>
    <message>
        <source>The other courts</source>
        <translation>Басқа соттар</translation>
    </message>
    <message>
        <source>×{factor}</source>
        <translation>×{factor}</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Егер де…</translation>
    </message>
    <message>
        <source>Without the &amp;judges (a classic jury)</source>
        <translation>&amp;Судьяларсыз (классикалық алқабилер соты)</translation>
    </message>
    <message>
        <source>As your class sat</source>
        <translation>Сыныбыңыз отырғандай</translation>
    </message>
    <message>
        <source>2 judges + 9 jurors (Kazakhstan 2007)</source>
        <translation>2 судья + 9 алқаби (Қазақстан, 2007)</translation>
    </message>
    <message>
        <source>1 judge + 10 jurors (Kazakhstan today)</source>
        <translation>1 судья + 10 алқаби (Қазақстан, қазіргі)</translation>
    </message>
    <message>
        <source>12 jurors alone</source>
        <translation>Тек 12 алқаби</translation>
    </message>
    <message>
        <source>6 jurors alone</source>
        <translation>Тек 6 алқаби</translation>
    </message>
    <message>
        <source>As your class did</source>
        <translation>Сыныбыңыз өткізгендей</translation>
    </message>
    <message>
        <source>Open (a show of hands)</source>
        <translation>Ашық (қол көтеріп)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Жасырын</translation>
    </message>
    <message>
        <source>Equal &amp;talk time for everyone</source>
        <translation>Барлығына сөйлеуге &amp;тең уақыт</translation>
    </message>
    <message>
        <source>P&amp;anel:</source>
        <translation>&amp;Құрам:</translation>
    </message>
    <message>
        <source>&amp;Stubbornness:</source>
        <translation>Өжетт&amp;ік:</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>Жүргізу сан&amp;ы:</translation>
    </message>
    <message>
        <source>Stance chec&amp;ks:</source>
        <translation>Ұстанымдарды сұ&amp;рау:</translation>
    </message>
    <message>
        <source>How firmly members keep their first opinion: ×1 as your class, ×2 twice as firm, ×0.5 half as firm.</source>
        <translation>Қатысушылар алғашқы пікірін қаншалықты берік ұстайды: ×1 — сыныбыңыздағыдай, ×2 — екі есе берік, ×0.5 — екі есе әлсіз.</translation>
    </message>
    <message>
        <source>How many simulated deliberations: more runs, narrower intervals.</source>
        <translation>Модельде неше кеңесу жүргізіледі: саны көп болған сайын аралықтар тарырақ.</translation>
    </message>
    <message>
        <source>What the model says, in sentences</source>
        <translation>Модель не дейді — сөйлемдермен</translation>
    </message>
    <message>
        <source>Verdicts per court</source>
        <translation>Әр сот бойынша кесімдер</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Alqa</source>
        <translation>Alqa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Көмек</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Жаңа сеанс…</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>Б&amp;асты бет</translation>
    </message>
    <message>
        <source>Case &amp;library</source>
        <translation>&amp;Істер кітапханасы</translation>
    </message>
    <message>
        <source>Open the &amp;demo session</source>
        <translation>&amp;Демо сеансты ашу</translation>
    </message>
    <message>
        <source>&amp;Replay a session…</source>
        <translation>Сеансты қа&amp;йта ойнату…</translation>
    </message>
    <message>
        <source>Plan a less&amp;on…</source>
        <translation>Сабақты жоспа&amp;рлау…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Проектор терезесі</translation>
    </message>
    <message>
        <source>Projector &amp;mode (large text)</source>
        <translation>Проектор &amp;режимі (үлкен мәтін)</translation>
    </message>
    <message>
        <source>&amp;About Alqa</source>
        <translation>Alqa &amp;туралы</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>Сеансты ашу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Stances, round by round</source>
        <translation>Турлар бойынша ұстанымдар</translation>
    </message>
    <message>
        <source>Influence (reported)</source>
        <translation>Ықпал (айтылған)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Тур</translation>
    </message>
    <message>
        <source>Stance (confidence)</source>
        <translation>Ұстаным (сенімділік)</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Қатысушы карточкасы</translation>
    </message>
    <message>
        <source>Moved by others</source>
        <translation>Басқалардың оған ықпалы</translation>
    </message>
    <message>
        <source>Moved others</source>
        <translation>Оның басқаларға ықпалы</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Bridge between camps</source>
        <translation>Топтар арасындағы көпір</translation>
    </message>
    <message>
        <source>Two-way links</source>
        <translation>Екі жақты байланыстар</translation>
    </message>
    <message>
        <source>Persuasion</source>
        <translation>Сендіру</translation>
    </message>
    <message>
        <source>Own movement</source>
        <translation>Өз ұстанымының жылжуы</translation>
    </message>
    <message>
        <source>Changes of stance</source>
        <translation>Ұстанымын өзгерту саны</translation>
    </message>
    <message>
        <source>Choose a member in the network or the charts.</source>
        <translation>Желіден немесе диаграммалардан қатысушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>{name}, {seat}</source>
        <translation>{name}, {seat}</translation>
    </message>
    <message>
        <source>Talk time: {minutes}:{seconds:02d} min. Turns taken: {turns}.</source>
        <translation>Сөйлеу уақыты: {minutes}:{seconds:02d} мин. Сөз алу саны: {turns}.</translation>
    </message>
    <message>
        <source>{symbol} {stance} ({confidence}%)</source>
        <translation>{symbol} {stance} ({confidence}%)</translation>
    </message>
    <message>
        <source>No stance shown yet.</source>
        <translation>Ұстанымы әлі ашылған жоқ.</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>кінәлі</translation>
    </message>
    <message>
        <source>not guilty</source>
        <translation>кінәсіз</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>әлі шешпеген</translation>
    </message>
    <message>
        <source>nobody reported</source>
        <translation>ешкім аталмаған</translation>
    </message>
    <message>
        <source>Moved by (arrows into this member):</source>
        <translation>Кім ықпал етті (осы қатысушыға кіретін көрсеткілер):</translation>
    </message>
    <message>
        <source>Moved (arrows from this member):</source>
        <translation>Кімге ықпал етті (осы қатысушыдан шығатын көрсеткілер):</translation>
    </message>
    <message>
        <source>toward {stance} ×{n}</source>
        <translation>«{stance}» жағына ×{n}</translation>
    </message>
    <message>
        <source>Votes are secret in this session.</source>
        <translation>Бұл сеанста дауыс беру жасырын.</translation>
    </message>
    <message>
        <source>Vote {no}: {answers}</source>
        <translation>№ {no} дауыс беру: {answers}</translation>
    </message>
    <message>
        <source>No votes cast yet.</source>
        <translation>Әлі дауыс берілген жоқ.</translation>
    </message>
</context>
<context>
    <name>Msg</name>
    <message>
        <source>This is not an Alqa court model file.</source>
        <translation>Бұл Alqa бағдарламасының сот моделі файлы емес.</translation>
    </message>
    <message>
        <source>This court model is in format {version}, made by a newer Alqa (this one reads up to {supported}). Update Alqa to use it; the file is unchanged.</source>
        <translation>Бұл сот моделі {version} форматында, оны Alqa бағдарламасының жаңарақ нұсқасы жасаған (бұл нұсқа {supported} форматына дейін оқи алады). Оны пайдалану үшін Alqa бағдарламасын жаңартыңыз; файлға өзгеріс енгізілген жоқ.</translation>
    </message>
    <message>
        <source>The court model file {path} could not be read ({reason}). Check that it is a UTF-8 JSON file.</source>
        <translation>Сот моделінің {path} файлын оқу мүмкін болмады ({reason}). Оның UTF-8 кодтауындағы JSON файлы екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The court model needs &quot;{field}&quot;, written as shown in the format.</source>
        <translation>Сот моделінде &quot;{field}&quot; өрісі болуы керек және ол форматта көрсетілгендей жазылуы тиіс.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model must be a text.</source>
        <translation>Сот моделіндегі &quot;{field}&quot; өрісі мәтін болуы керек.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model must be a whole number.</source>
        <translation>Сот моделіндегі &quot;{field}&quot; өрісі бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model is {value}; it must be at least {minimum}.</source>
        <translation>Сот моделіндегі &quot;{field}&quot; өрісінің мәні — {value}; ол кемінде {minimum} болуы керек.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model is {value}; it can be at most {maximum}.</source>
        <translation>Сот моделіндегі &quot;{field}&quot; өрісінің мәні — {value}; ол ең көбі {maximum} болуы мүмкін.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not allowed in &quot;{field}&quot; of the court model. Use one of: {allowed}.</source>
        <translation>Сот моделінің &quot;{field}&quot; өрісінде &quot;{value}&quot; мәніне рұқсат етілмейді. Мыналардың бірін пайдаланыңыз: {allowed}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: the first decision stage starts at 0 minutes and each later one later than the one before.</source>
        <translation>&quot;{field}&quot;: шешім қабылдаудың алғашқы кезеңі 0-минуттан басталады, ал әр келесі кезең алдыңғысынан кейінірек басталуы тиіс.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; asks for {need} votes, but the panel has only {panel}. Lower the majority or add seats.</source>
        <translation>&quot;{field}&quot; {need} дауыс талап етеді, бірақ құрамда бар болғаны {panel} дауыс беруші бар. Көпшілікті азайтыңыз немесе орын қосыңыз.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: with {voters} voters this court could never reach a verdict, not even a unanimous one. Lower the majority or change who must be in it.</source>
        <translation>&quot;{field}&quot;: дауыс берушілер саны {voters} болғанда бұл сот ешқашан кесім шығара алмайды, тіпті бірауызды кесім де шықпайды. Көпшілікті азайтыңыз немесе оның құрамына қойылатын талапты өзгертіңіз.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: with {voters} voters, {against} votes against the accused and {favour} for them could both carry at once. The two majorities must add up to more than the panel.</source>
        <translation>&quot;{field}&quot;: дауыс берушілер саны {voters} болғанда сотталушыға қарсы {against} дауыс та, оның пайдасына {favour} дауыс та бір мезгілде шешуші бола алады. Екі көпшіліктің қосындысы құрамдағы дауыс берушілер санынан көп болуы керек.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: with {voters} voters, {yes} yes, {no} no and {blank} blank would decide nothing, but this court has no hung jury. Set &quot;decision.hung&quot; to true, or let anything short of the majority favour the accused (&quot;favour&quot;: &quot;rest&quot;).</source>
        <translation>&quot;{field}&quot;: дауыс берушілер саны {voters} болғанда «иә» — {yes}, «жоқ» — {no}, бос бюллетень — {blank} болса, ештеңе шешілмейді, ал бұл сотта алқабилердің шешімге келмеуі қарастырылмаған. &quot;decision.hung&quot; өрісіне true мәнін беріңіз немесе көпшілікке жетпеген кез келген нәтиже сотталушының пайдасына шешілетін етіп баптаңыз (&quot;favour&quot;: &quot;rest&quot;).</translation>
    </message>
    <message>
        <source>The court model {model} has no variant &quot;{variant}&quot;.</source>
        <translation>{model} сот моделінде &quot;{variant}&quot; нұсқасы жоқ.</translation>
    </message>
    <message>
        <source>There is no court model &quot;{id}&quot;. Known models: {known}.</source>
        <translation>&quot;{id}&quot; сот моделі жоқ. Белгілі модельдер: {known}.</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; cannot name your own court model: use up to 40 small Latin letters, digits and dashes, and not the id of a built-in model.</source>
        <translation>«{id}» өз сот моделіңіздің идентификаторы бола алмайды: 40 таңбаға дейін кіші латын әріптерін, цифрларды және сызықшаларды пайдаланыңыз; кірістірілген модельдің идентификаторын алуға болмайды.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} has the role &quot;{value}&quot;; a ballot&apos;s role is judge or juror.</source>
        <translation>{question} сұрағы бойынша {index}-бюллетеньде &quot;{value}&quot; рөлі көрсетілген; бюллетень рөлі тек &quot;judge&quot; (судья) немесе &quot;juror&quot; (алқаби) болады.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} answers &quot;{value}&quot;; the answer is yes, no or blank.</source>
        <translation>{question} сұрағы бойынша {index}-бюллетеньдегі жауап — &quot;{value}&quot;; жауап тек &quot;yes&quot; (иә), &quot;no&quot; (жоқ) немесе &quot;blank&quot; (бос) болады.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is a judge&apos;s, but in this court the jurors decide alone.</source>
        <translation>{question} сұрағы бойынша {index}-бюллетеньді судья берген, бірақ бұл сотта алқабилер судьясыз өздері шешеді.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is a juror&apos;s, but in this court jurors do not vote on it.</source>
        <translation>{question} сұрағы бойынша {index}-бюллетеньді алқаби берген, бірақ бұл сотта алқабилер бұл сұрақ бойынша дауыс бермейді.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is blank, but in this court nobody may abstain: the ballot must be cast again, yes or no.</source>
        <translation>{question} сұрағы бойынша {index}-бюллетень бос, бірақ бұл сотта ешкім қалыс қала алмайды: «иә» немесе «жоқ» деп қайта дауыс беру керек.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is one judge&apos;s ballot too many: {seats} judges vote here.</source>
        <translation>{question} сұрағы бойынша {index}-бюллетень — артық судья бюллетені: мұнда {seats} судья дауыс береді.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is one juror&apos;s ballot too many: {seats} jurors are sitting.</source>
        <translation>{question} сұрағы бойынша {index}-бюллетень — артық алқаби бюллетені: құрамда {seats} алқаби бар.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time: give the minutes of deliberation, 0 or more.</source>
        <translation>&quot;{value}&quot; уақыт емес: кеңесудің ұзақтығын минутпен көрсетіңіз, 0 немесе одан көп.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; jurors cannot be sitting: this court has seats for {seats}.</source>
        <translation>Құрамда &quot;{value}&quot; алқаби болуы мүмкін емес: бұл сотта алқабилерге арналған {seats} орын бар.</translation>
    </message>
    <message>
        <source>The question {question} is put twice.</source>
        <translation>{question} сұрағы екі рет қойылған.</translation>
    </message>
    <message>
        <source>The question {question} is of the kind &quot;{kind}&quot;, which this court does not put. It puts: {allowed}.</source>
        <translation>{question} сұрағының түрі — &quot;{kind}&quot;, ал бұл сот мұндай сұрақ қоймайды. Ол қоятын сұрақтар: {allowed}.</translation>
    </message>
    <message>
        <source>There are ballots for {question}, but no such question was put.</source>
        <translation>{question} сұрағы бойынша бюллетеньдер бар, бірақ мұндай сұрақ қойылған жоқ.</translation>
    </message>
    <message>
        <source>No verdict yet: no question has been put to the panel.</source>
        <translation>Әзірге кесім жоқ: алқаға әлі бірде-бір сұрақ қойылған жоқ.</translation>
    </message>
    <message>
        <source>The trial is void: {sitting} jurors are left and this court needs {minimum}; selection starts again.</source>
        <translation>Сот талқылауы жарамсыз: {sitting} алқаби қалды, ал бұл сотқа {minimum} алқаби керек; іріктеу қайта басталады.</translation>
    </message>
    <message>
        <source>The jury is discharged: {sitting} jurors are left and this court needs at least {minimum}; the case is tried again.</source>
        <translation>Алқабилер алқасы таратылды: {sitting} алқаби қалды, ал бұл сотқа кемінде {minimum} алқаби керек; іс қайта қаралады.</translation>
    </message>
    <message>
        <source>Guilty: {need} of {voters} votes were needed against the accused on every question, and the closest, question {question}, had {yes}.</source>
        <translation>Кінәлі: әр сұрақ бойынша сотталушыға қарсы {voters} дауыстан {need} дауыс қажет еді; мұндай дауыс ең аз жиналған {question} сұрағында олардың саны — {yes}.</translation>
    </message>
    <message>
        <source>Guilty: on every question a majority of at least {need} of {voters} votes answered against the accused; the count itself is not revealed.</source>
        <translation>Кінәлі: әр сұрақ бойынша {voters} дауыстан кемінде {need} дауыс сотталушыға қарсы жауап берді; дауыстардың нақты саны жария етілмейді.</translation>
    </message>
    <message>
        <source>Guilty: the answer had to be unanimous, and all {voters} votes went against the accused.</source>
        <translation>Кінәлі: жауап бірауызды болуы тиіс еді, және {voters} дауыстың бәрі сотталушыға қарсы берілді.</translation>
    </message>
    <message>
        <source>Guilty by a majority of {yes} to {no} ({need} of {voters} were needed); the foreperson states these numbers in open court.</source>
        <translation>Кінәлі, көпшілік дауыспен: «иә» — {yes}, «жоқ» — {no} ({voters} дауыстан {need} дауыс қажет еді); алқабилер старшинасы бұл сандарды ашық сот отырысында жариялайды.</translation>
    </message>
    <message>
        <source>Guilty, and the accused deserves leniency: {lenient} of {voters} votes on question {question} were for leniency, and {need} were enough.</source>
        <translation>Кінәлі, бірақ жеңілдікке лайық: {question} сұрағы бойынша {voters} дауыстан {lenient} дауыс жеңілдік жағына берілді, ал {need} дауыс жеткілікті еді.</translation>
    </message>
    <message>
        <source>Guilty, and the accused deserves leniency: refusing it needed {need} of {voters} votes on question {question}, and it had {against}.</source>
        <translation>Кінәлі, бірақ жеңілдікке лайық: {question} сұрағы бойынша жеңілдіктен бас тарту үшін {voters} дауыстан {need} дауыс қажет еді, ал мұндай дауыс саны — {against}.</translation>
    </message>
    <message>
        <source>Guilty, without leniency: {against} of {voters} votes on question {question} refused it, and {need} were needed.</source>
        <translation>Кінәлі, жеңілдікке лайық емес: {question} сұрағы бойынша {voters} дауыстан {against} дауыс жеңілдікке қарсы берілді, ал {need} дауыс қажет еді.</translation>
    </message>
    <message>
        <source>Not guilty: {need} of {voters} votes for the accused on question {question} acquit, and it had {favour}.</source>
        <translation>Кінәсіз: {question} сұрағы бойынша сотталушының пайдасына {voters} дауыстан {need} дауыс берілсе, ол ақталады, ал мұндай дауыс саны — {favour}.</translation>
    </message>
    <message>
        <source>Not guilty: half of the votes is enough for the accused, so {need} of {voters} on question {question} acquit, and it had {favour}.</source>
        <translation>Кінәсіз: сотталушыны ақтау үшін дауыстардың жартысы жеткілікті, яғни {question} сұрағы бойынша {voters} дауыстан {need} дауыс, ал оның пайдасына берілген дауыс саны — {favour}.</translation>
    </message>
    <message>
        <source>Not guilty: all {voters} votes on question {question} were for the accused.</source>
        <translation>Кінәсіз: {question} сұрағы бойынша {voters} дауыстың бәрі сотталушының пайдасына берілді.</translation>
    </message>
    <message>
        <source>Not guilty by a majority of {favour} to {against} ({need} of {voters} were needed); the numbers need not be stated.</source>
        <translation>Кінәсіз, көпшілік дауыспен: сотталушының пайдасына — {favour}, оған қарсы — {against} ({voters} дауыстан {need} дауыс қажет еді); бұл сандарды жариялау міндетті емес.</translation>
    </message>
    <message>
        <source>Not guilty: {need} of {voters} votes were needed against the accused on question {question}, and it had {yes}.</source>
        <translation>Кінәсіз: {question} сұрағы бойынша сотталушыға қарсы {voters} дауыстан {need} дауыс қажет еді, ал мұндай дауыс саны — {yes}.</translation>
    </message>
    <message>
        <source>Not guilty: the majority of at least {need} of {voters} votes against the accused was not reached on question {question}.</source>
        <translation>Кінәсіз: {question} сұрағы бойынша сотталушыға қарсы {voters} дауыстан кемінде {need} дауыс жиналмады.</translation>
    </message>
    <message>
        <source>Not guilty: the majority of at least {need} of {voters} votes against the accused was not reached on question {question}, and blank ballots count for the accused.</source>
        <translation>Кінәсіз: {question} сұрағы бойынша сотталушыға қарсы {voters} дауыстан кемінде {need} дауыс жиналмады, ал бос бюллетеньдер сотталушының пайдасына есептеледі.</translation>
    </message>
    <message>
        <source>Guilty: {need} of {voters} votes were needed against the accused, at least {judges_need} of them from judges and {lay_need} from lay members; question {question} had {yes}, {judges_yes} from judges and {lay_yes} from lay members.</source>
        <translation>Кінәлі: сотталушыға қарсы {voters} дауыстан {need} дауыс қажет еді, оның ішінде кемінде {judges_need} судья мен {lay_need} кәсіби емес мүшенің дауысы болуы тиіс еді; {question} сұрағы бойынша мұндай дауыс саны — {yes}: судьялардан — {judges_yes}, кәсіби емес мүшелерден — {lay_yes}.</translation>
    </message>
    <message>
        <source>Not guilty: question {question} had {yes} of {voters} votes against the accused ({need} needed), but at least {judges_need} of them had to come from judges and {lay_need} from lay members, and {judges_yes} came from judges and {lay_yes} from lay members.</source>
        <translation>Кінәсіз: {question} сұрағы бойынша сотталушыға қарсы {voters} дауыстан {yes} дауыс берілді ({need} дауыс қажет еді), бірақ олардың ішінде кемінде {judges_need} судья мен {lay_need} кәсіби емес мүшенің дауысы болуы тиіс еді, ал іс жүзінде судьялардан — {judges_yes}, кәсіби емес мүшелерден — {lay_yes}.</translation>
    </message>
    <message>
        <source>No verdict yet: every answer up to question {question} went against the accused, and main questions still to be put: {missing}.</source>
        <translation>Әзірге кесім жоқ: {question} сұрағын қоса алғанда, барлық жауап сотталушыға қарсы болды, ал әлі қойылмаған негізгі сұрақтар саны — {missing}.</translation>
    </message>
    <message>
        <source>No verdict yet: question {question} has {cast} of {voters} ballots, and {missing} are still to come.</source>
        <translation>Әзірге кесім жоқ: {question} сұрағы бойынша {voters} бюллетеньнен {cast} бюллетень түсті, тағы {missing} бюллетень күтілуде.</translation>
    </message>
    <message>
        <source>No verdict yet: until {from_minutes} minutes of deliberation only a unanimous answer is accepted, and question {question} stands at {yes} to {no}. Deliberate on.</source>
        <translation>Әзірге кесім жоқ: кеңесудің алғашқы {from_minutes} минутында тек бірауызды жауап қабылданады, ал {question} сұрағы бойынша «иә» — {yes}, «жоқ» — {no}. Кеңесуді жалғастырыңыз.</translation>
    </message>
    <message>
        <source>No verdict yet: question {question} stands at {yes} to {no}, and {need} of {voters} votes are needed; from {from_minutes} minutes of deliberation {next_need} will be enough. Deliberate on.</source>
        <translation>Әзірге кесім жоқ: {question} сұрағы бойынша «иә» — {yes}, «жоқ» — {no}, ал {voters} дауыстан {need} дауыс қажет; кеңесу {from_minutes} минутқа созылғаннан кейін {next_need} дауыс жеткілікті болады. Кеңесуді жалғастырыңыз.</translation>
    </message>
    <message>
        <source>No verdict: question {question} stands at {yes} to {no}, and {need} of {voters} votes are needed either way. The jury may deliberate on, or the judge may discharge it as a hung jury and the case may be tried again.</source>
        <translation>Кесім жоқ: {question} сұрағы бойынша «иә» — {yes}, «жоқ» — {no}, ал кез келген жауап үшін {voters} дауыстан {need} дауыс қажет. Алқабилер кеңесуді жалғастыра алады немесе судья алқаны шешімге келмеді деп таратуы мүмкін, сонда іс қайта қаралуы мүмкін.</translation>
    </message>
    <message>
        <source>No verdict yet: question {question} stands at {yes} to {no}, and {need} of {voters} votes are needed. Deliberate on.</source>
        <translation>Әзірге кесім жоқ: {question} сұрағы бойынша «иә» — {yes}, «жоқ» — {no}, ал {voters} дауыстан {need} дауыс қажет. Кеңесуді жалғастырыңыз.</translation>
    </message>
    <message>
        <source>Partial verdict: guilty on {guilty}. Question {open} stands at {yes} to {no} with {need} of {voters} votes needed either way: the jury may deliberate on, or be discharged on that charge and the case tried again on it.</source>
        <translation>Ішінара кесім: кінәлі деп танылған сұрақтар: {guilty}. {open} сұрағы бойынша «иә» — {yes}, «жоқ» — {no}, ал кез келген жауап үшін {voters} дауыстан {need} дауыс қажет: алқабилер кеңесуді жалғастыра алады, не болмаса осы айыптау бойынша алқа таратылып, іс осы бөлігінде қайта қаралуы мүмкін.</translation>
    </message>
    <message>
        <source>Partial verdict: guilty on {guilty}. Question {open} stands at {yes} to {no} with {need} of {voters} votes needed: deliberate on.</source>
        <translation>Ішінара кесім: кінәлі деп танылған сұрақтар: {guilty}. {open} сұрағы бойынша «иә» — {yes}, «жоқ» — {no}, ал {voters} дауыстан {need} дауыс қажет: кеңесуді жалғастырыңыз.</translation>
    </message>
    <message>
        <source>Partial verdict: guilty on {guilty}. After question {open}, ballots or questions are still to come.</source>
        <translation>Ішінара кесім: кінәлі деп танылған сұрақтар: {guilty}. {open} сұрағынан кейін әлі бюллетеньдер немесе сұрақтар күтілуде.</translation>
    </message>
    <message>
        <source>{years} years in prison</source>
        <translation>{years} жылға бас бостандығынан айыру</translation>
    </message>
    <message>
        <source>life imprisonment</source>
        <translation>өмір бойы бас бостандығынан айыру</translation>
    </message>
    <message>
        <source>death</source>
        <translation>өлім жазасы</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a penalty: give years in prison (a number), &quot;life&quot; or &quot;death&quot;.</source>
        <translation>&quot;{value}&quot; жаза емес: бас бостандығынан айыру мерзімін жылмен (санмен) көрсетіңіз немесе &quot;life&quot; не &quot;death&quot; деп жазыңыз.</translation>
    </message>
    <message>
        <source>In this court the judge alone passes sentence; the panel does not vote on it.</source>
        <translation>Бұл сотта жазаны тек судья тағайындайды; алқа ол бойынша дауыс бермейді.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} has the role &quot;{role}&quot;; a ballot&apos;s role is judge or juror.</source>
        <translation>Жаза туралы дауыс берудің {round}-турындағы {index}-бюллетеньде &quot;{role}&quot; рөлі көрсетілген; бюллетень рөлі тек &quot;judge&quot; (судья) немесе &quot;juror&quot; (алқаби) болады.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is a judge&apos;s, but judges do not vote in this court.</source>
        <translation>Жаза туралы дауыс берудің {round}-турындағы {index}-бюллетеньді судья берген, бірақ бұл сотта судьялар дауыс бермейді.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is a juror&apos;s, but jurors do not vote in this court.</source>
        <translation>Жаза туралы дауыс берудің {round}-турындағы {index}-бюллетеньді алқаби берген, бірақ бұл сотта алқабилер дауыс бермейді.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is one judge&apos;s ballot too many: {seats} judges vote here.</source>
        <translation>Жаза туралы дауыс берудің {round}-турындағы {index}-бюллетень — артық судья бюллетені: мұнда {seats} судья дауыс береді.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is one juror&apos;s ballot too many: {seats} jurors are sitting.</source>
        <translation>Жаза туралы дауыс берудің {round}-турындағы {index}-бюллетень — артық алқаби бюллетені: құрамда {seats} алқаби бар.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} proposes {penalty}, but the sentence can now be at most {ceiling}.</source>
        <translation>Жаза туралы дауыс берудің {round}-турындағы {index}-бюллетень мынадай жазаны ұсынады: {penalty}; бірақ енді жаза ең көбі мынадай болуы мүмкін: {ceiling}.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} proposes {penalty}, but {below} and anything harsher were set aside after the round before.</source>
        <translation>Жаза туралы дауыс берудің {round}-турындағы {index}-бюллетень мынадай жазаны ұсынады: {penalty}; бірақ алдыңғы турдан кейін «{below}» және одан ауыр жазалардың бәрі алынып тасталған.</translation>
    </message>
    <message>
        <source>No sentencing vote has been held yet.</source>
        <translation>Жаза туралы дауыс беру әлі өткізілген жоқ.</translation>
    </message>
    <message>
        <source>No penalty was voted for in round {round}.</source>
        <translation>{round}-турда ешбір жазаға дауыс берілмеді.</translation>
    </message>
    <message>
        <source>The sentence is {penalty}: {votes} of {voters} votes were for it, and {need} were needed.</source>
        <translation>Тағайындалған жаза — {penalty}: оған {voters} дауыстан {votes} дауыс берілді, ал {need} дауыс қажет еді.</translation>
    </message>
    <message>
        <source>No sentence of {penalty}: it needs {need} of {voters} votes, and it had {votes}.</source>
        <translation>Жаза тағайындалмады: {penalty} үшін {voters} дауыстан {need} дауыс қажет, ал {votes} дауыс берілді.</translation>
    </message>
    <message>
        <source>No sentence of {penalty}: more than {years} years in prison needs at least {need} of {voters} votes, and it had {votes}.</source>
        <translation>Жаза тағайындалмады ({penalty}): {years} жылдан астам мерзімге бас бостандығынан айыру үшін {voters} дауыстан кемінде {need} дауыс қажет, ал {votes} дауыс берілді.</translation>
    </message>
    <message>
        <source>No sentence of {penalty}: it needs all {voters} votes, and it had {votes}.</source>
        <translation>Жаза тағайындалмады: {penalty} үшін {voters} дауыстың бәрі қажет, ал {votes} дауыс берілді.</translation>
    </message>
    <message>
        <source>No sentence of {penalty}: it needs at least {need} of {voters} votes, and it had {votes}.</source>
        <translation>Жаза тағайындалмады: {penalty} үшін {voters} дауыстан кемінде {need} дауыс қажет, ал {votes} дауыс берілді.</translation>
    </message>
    <message>
        <source>A sentence of {penalty} is refused: it needs at least {need} of {voters} votes and had {votes}, so the sentence can be at most {cap}. Vote again.</source>
        <translation>Жаза қабылданбады: {penalty} үшін {voters} дауыстан кемінде {need} дауыс қажет, ал {votes} дауыс берілді, сондықтан жаза ең көбі мынадай болуы мүмкін: {cap}. Қайта дауыс беріңіз.</translation>
    </message>
    <message>
        <source>No penalty had the {need} of {voters} votes needed in round {round}; round {next} follows.</source>
        <translation>{round}-турда ешбір жаза {voters} дауыстан қажетті {need} дауысты жинамады; енді {next}-тур өтеді.</translation>
    </message>
    <message>
        <source>No penalty had the {need} of {voters} votes needed in round {round}; in round {next} the harshest penalty proposed, {penalty}, is set aside.</source>
        <translation>{round}-турда ешбір жаза {voters} дауыстан қажетті {need} дауысты жинамады; {next}-турда ұсынылған ең ауыр жаза алынып тасталады: {penalty}.</translation>
    </message>
    <message>
        <source>The sentence is {penalty}: it had {own} votes, and with the votes for harsher opinions added it has {votes} of {voters} ({judges} from judges, {lay} from lay members); {need} were needed.</source>
        <translation>Тағайындалған жаза — {penalty}: оған {own} дауыс берілді, ал неғұрлым ауыр пікірлерге берілген дауыстарды қосқанда, {voters} дауыстан {votes} дауыс жиналды (судьялардан — {judges}, кәсіби емес мүшелерден — {lay}); {need} дауыс қажет еді.</translation>
    </message>
    <message>
        <source>The ballots fit this court&apos;s panel and count as cast.</source>
        <translation>Бюллетеньдер бұл соттың құрамына сәйкес келеді және берілген күйінде есептеледі.</translation>
    </message>
    <message>
        <source>The judges&apos; ballots are left out: in this court jurors decide alone.</source>
        <translation>Судьялардың бюллетеньдері есептелмейді: бұл сотта алқабилер судьясыз өздері шешеді.</translation>
    </message>
    <message>
        <source>The judges&apos; ballots are left out, as jurors decide alone in this court, and the {cast} jurors&apos; ballots count as {seats} jurors&apos; in proportion, halves going to the accused.</source>
        <translation>Судьялардың бюллетеньдері есептелмейді, себебі бұл сотта алқабилер судьясыз өздері шешеді, ал {cast} алқабидің бюллетеньдері бұл соттағы алқабилер санына ({seats}) пропорционалды түрде келтіріледі; жарты дауыстар сотталушының пайдасына дөңгелектенеді.</translation>
    </message>
    <message>
        <source>The {cast} jurors&apos; ballots count as {seats} jurors&apos; in proportion, halves going to the accused.</source>
        <translation>{cast} алқабидің бюллетеньдері бұл соттағы алқабилер санына ({seats}) пропорционалды түрде келтіріледі; жарты дауыстар сотталушының пайдасына дөңгелектенеді.</translation>
    </message>
    <message>
        <source>The judges&apos; and the lay members&apos; ballots are each scaled in proportion to this court&apos;s seats (judges: {judges}, lay members: {lay}), halves going to the accused.</source>
        <translation>Судьялар мен кәсіби емес мүшелердің бюллетеньдері бұл соттың құрамына ({judges} судья, {lay} кәсіби емес мүше) бөлек-бөлек пропорционалды түрде келтіріледі; жарты дауыстар сотталушының пайдасына дөңгелектенеді.</translation>
    </message>
    <message>
        <source>No judge voted, so this court&apos;s judges ({judges}) are counted as voting like the whole panel, and the {cast} jurors&apos; ballots count as {lay} lay members&apos;, in proportion, halves going to the accused.</source>
        <translation>Бірде-бір судья дауыс бермеді, сондықтан бұл соттың судьялары ({judges}) бүкіл алқа сияқты дауыс берді деп есептеледі, ал {cast} алқабидің бюллетеньдері кәсіби емес мүшелер санына ({lay}) пропорционалды түрде келтіріледі; жарты дауыстар сотталушының пайдасына дөңгелектенеді.</translation>
    </message>
    <message>
        <source>The votes against the accused must include at least {judges} from judges and {lay} from lay members.</source>
        <translation>Сотталушыға қарсы дауыстардың ішінде кемінде {judges} судья мен {lay} кәсіби емес мүшенің дауысы болуы тиіс.</translation>
    </message>
    <message>
        <source>This court puts one question per charge; it is answered with the ballots of the main question least against the accused ({question}).</source>
        <translation>Бұл сот әр айыптау бойынша бір сұрақ қояды; оған жауап сотталушыға қарсы дауыс ең аз берілген негізгі сұрақтың ({question}) бюллетеньдері бойынша анықталады.</translation>
    </message>
    <message>
        <source>This court puts three main questions per charge; each is answered with the ballots on the single question of guilt.</source>
        <translation>Бұл сот әр айыптау бойынша үш негізгі сұрақ қояды; олардың әрқайсысына жауап кінәлілік туралы жалғыз сұрақтың бюллетеньдері бойынша анықталады.</translation>
    </message>
    <message>
        <source>This court asks no leniency question; that answer is left out.</source>
        <translation>Бұл сот жеңілдікке лайықтылық туралы сұрақ қоймайды; ол жауап есепке алынбайды.</translation>
    </message>
    <message>
        <source>This court would also ask about leniency after a guilty answer; there are no ballots for it.</source>
        <translation>Бұл сот «кінәлі» деген жауаптан кейін жеңілдікке лайықтылық туралы да сұрақ қояр еді, бірақ ол бойынша бюллетеньдер жоқ.</translation>
    </message>
    <message>
        <source>This court allows no abstention, so blank ballots count for the accused.</source>
        <translation>Бұл сотта қалыс қалуға болмайды, сондықтан бос бюллетеньдер сотталушының пайдасына есептеледі.</translation>
    </message>
    <message>
        <source>{lay} jurors deliberate and vote alone, without the judge.</source>
        <translation>{lay} алқаби судьясыз, өздері ғана кеңесіп, дауыс береді.</translation>
    </message>
    <message>
        <source>{lay} jurors deliberate and vote alone, without the judge, led by a foreperson.</source>
        <translation>{lay} алқаби судьясыз, старшинаның басшылығымен өздері ғана кеңесіп, дауыс береді.</translation>
    </message>
    <message>
        <source>{judges} judges and {lay} jurors deliberate and vote together, one vote each.</source>
        <translation>{judges} судья мен {lay} алқаби бірге кеңесіп, бірге дауыс береді; әрқайсысының бір дауысы бар.</translation>
    </message>
    <message>
        <source>The judge and {lay} jurors deliberate and vote together, one vote each.</source>
        <translation>Судья мен {lay} алқаби бірге кеңесіп, бірге дауыс береді; әрқайсысының бір дауысы бар.</translation>
    </message>
    <message>
        <source>{judges} professional judges and {lay} lay judges deliberate and vote together, one vote each.</source>
        <translation>{judges} кәсіби судья мен {lay} кәсіби емес судья бірге кеңесіп, бірге дауыс береді; әрқайсысының бір дауысы бар.</translation>
    </message>
    <message>
        <source>One professional judge and {lay} lay judges deliberate and vote together, one vote each.</source>
        <translation>Бір кәсіби судья мен {lay} кәсіби емес судья бірге кеңесіп, бірге дауыс береді; әрқайсысының бір дауысы бар.</translation>
    </message>
    <message>
        <source>They vote by secret ballot, in no set order.</source>
        <translation>Олар белгіленген кезексіз, жасырын дауыс береді.</translation>
    </message>
    <message>
        <source>They vote by secret ballot, in seat order.</source>
        <translation>Олар орын ретімен, жасырын дауыс береді.</translation>
    </message>
    <message>
        <source>They vote by secret ballot, in seat order, and the foreperson votes last.</source>
        <translation>Олар орын ретімен, жасырын дауыс береді, ал старшина ең соңында дауыс береді.</translation>
    </message>
    <message>
        <source>They vote openly, in no set order.</source>
        <translation>Олар белгіленген кезексіз, ашық дауыс береді.</translation>
    </message>
    <message>
        <source>They vote openly, in seat order.</source>
        <translation>Олар орын ретімен, ашық дауыс береді.</translation>
    </message>
    <message>
        <source>They vote openly, in seat order, and the foreperson votes last.</source>
        <translation>Олар орын ретімен, ашық дауыс береді, ал старшина ең соңында дауыс береді.</translation>
    </message>
    <message>
        <source>The law sets no way or order of voting: the panel chooses how to vote.</source>
        <translation>Заң дауыс беру тәсілін де, кезегін де белгілемейді: қалай дауыс беретінін алқа өзі таңдайды.</translation>
    </message>
    <message>
        <source>The law sets no way of voting; they vote in seat order.</source>
        <translation>Заң дауыс беру тәсілін белгілемейді; олар орын ретімен дауыс береді.</translation>
    </message>
    <message>
        <source>The law sets no way of voting; they vote in seat order, and the foreperson votes last.</source>
        <translation>Заң дауыс беру тәсілін белгілемейді; олар орын ретімен дауыс береді, ал старшина ең соңында дауыс береді.</translation>
    </message>
    <message>
        <source>For each charge they answer three questions: did the act take place, did the accused do it, is the accused guilty; an answer for the accused on any of them acquits.</source>
        <translation>Әр айыптау бойынша үш сұраққа жауап береді: әрекет жасалды ма, оны сотталушы жасады ма, сотталушы кінәлі ме; кез келген сұраққа сотталушының пайдасына берілген жауап ақтауға әкеледі.</translation>
    </message>
    <message>
        <source>For each charge they answer three questions: did the act take place, did the accused do it, is the accused guilty; an answer for the accused on any of them acquits, and after a guilty answer they decide whether the accused deserves leniency.</source>
        <translation>Әр айыптау бойынша үш сұраққа жауап береді: әрекет жасалды ма, оны сотталушы жасады ма, сотталушы кінәлі ме; кез келген сұраққа сотталушының пайдасына берілген жауап ақтауға әкеледі, ал «кінәлі» деген жауаптан кейін сотталушы жеңілдікке лайық па, жоқ па — соны шешеді.</translation>
    </message>
    <message>
        <source>For each charge they answer one question: is the accused guilty of it.</source>
        <translation>Әр айыптау бойынша бір сұраққа жауап береді: сотталушы осы айыптау бойынша кінәлі ме.</translation>
    </message>
    <message>
        <source>For each charge they answer one question, is the accused guilty of it, and after a guilty answer they decide whether the accused deserves leniency.</source>
        <translation>Әр айыптау бойынша бір сұраққа — сотталушы осы айыптау бойынша кінәлі ме — жауап береді, ал «кінәлі» деген жауаптан кейін сотталушы жеңілдікке лайық па, жоқ па — соны шешеді.</translation>
    </message>
    <message>
        <source>Every answer must be unanimous: all {voters} votes.</source>
        <translation>Әр жауап бірауызды болуы тиіс: {voters} дауыстың бәрі.</translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation only a unanimous answer, all {voters} votes, is accepted.</source>
        <translation>Кеңесудің алғашқы {until} минутында тек бірауызды жауап қабылданады: {voters} дауыстың бәрі.</translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, every answer must be unanimous: all {voters} votes.</source>
        <translation>Кеңесу {minutes} минутқа созылғаннан кейін әр жауап бірауызды болуы тиіс: {voters} дауыстың бәрі.</translation>
    </message>
    <message>
        <source>{need} of {voters} votes decide.</source>
        <translation>Шешім қабылдау үшін {voters} дауыстан {need} дауыс қажет.</translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation, {need} of {voters} votes decide.</source>
        <translation>Кеңесудің алғашқы {until} минутында шешім қабылдау үшін {voters} дауыстан {need} дауыс қажет.</translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, {need} of {voters} votes decide.</source>
        <translation>Кеңесу {minutes} минутқа созылғаннан кейін шешім қабылдау үшін {voters} дауыстан {need} дауыс қажет.</translation>
    </message>
    <message>
        <source>An answer against the accused needs {need} of {voters} votes; {favour} votes are enough for an answer in the accused&apos;s favour.</source>
        <translation>Сотталушыға қарсы жауап үшін {voters} дауыстан {need} дауыс қажет; сотталушының пайдасына жауап үшін {favour} дауыс жеткілікті.</translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation, an answer against the accused needs {need} of {voters} votes, and {favour} votes are enough for an answer in the accused&apos;s favour.</source>
        <translation>Кеңесудің алғашқы {until} минутында сотталушыға қарсы жауап үшін {voters} дауыстан {need} дауыс қажет, ал сотталушының пайдасына жауап үшін {favour} дауыс жеткілікті.</translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, an answer against the accused needs {need} of {voters} votes, and {favour} votes are enough for an answer in the accused&apos;s favour.</source>
        <translation>Кеңесу {minutes} минутқа созылғаннан кейін сотталушыға қарсы жауап үшін {voters} дауыстан {need} дауыс қажет, ал сотталушының пайдасына жауап үшін {favour} дауыс жеткілікті.</translation>
    </message>
    <message>
        <source>An answer against the accused needs at least {need} of {voters} votes; anything less is an answer in the accused&apos;s favour.</source>
        <translation>Сотталушыға қарсы жауап үшін {voters} дауыстан кемінде {need} дауыс қажет; одан аз болса, жауап сотталушының пайдасына шешіледі.</translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation, an answer against the accused needs at least {need} of {voters} votes; anything less is an answer in the accused&apos;s favour.</source>
        <translation>Кеңесудің алғашқы {until} минутында сотталушыға қарсы жауап үшін {voters} дауыстан кемінде {need} дауыс қажет; одан аз болса, жауап сотталушының пайдасына шешіледі.</translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, an answer against the accused needs at least {need} of {voters} votes; anything less is an answer in the accused&apos;s favour.</source>
        <translation>Кеңесу {minutes} минутқа созылғаннан кейін сотталушыға қарсы жауап үшін {voters} дауыстан кемінде {need} дауыс қажет; одан аз болса, жауап сотталушының пайдасына шешіледі.</translation>
    </message>
    <message>
        <source>With {jurors} jurors left on the bench, an answer against the accused needs {need} of {voters} votes.</source>
        <translation>Құрамда {jurors} алқаби қалса, сотталушыға қарсы жауап үшін {voters} дауыстан {need} дауыс қажет.</translation>
    </message>
    <message>
        <source>There is no abstention: a blank ballot must be cast again.</source>
        <translation>Қалыс қалуға болмайды: бос бюллетеньнің орнына қайта дауыс беру керек.</translation>
    </message>
    <message>
        <source>A blank ballot counts for the accused.</source>
        <translation>Бос бюллетень сотталушының пайдасына есептеледі.</translation>
    </message>
    <message>
        <source>A blank ballot counts for neither side.</source>
        <translation>Бос бюллетень ешбір тараптың пайдасына есептелмейді.</translation>
    </message>
    <message>
        <source>If they cannot agree, the judge may discharge them as a hung jury, and the case may be tried again.</source>
        <translation>Алқабилер келісімге келмесе, судья алқаны шешімге келмеді деп таратуы мүмкін, ал іс қайта қаралуы мүмкін.</translation>
    </message>
    <message>
        <source>In the end there is always a verdict.</source>
        <translation>Ақырында кесім әрқашан шығарылады.</translation>
    </message>
    <message>
        <source>If fewer than {minimum} jurors are left, the trial is void.</source>
        <translation>{minimum} алқабиден аз қалса, сот талқылауы жарамсыз болады.</translation>
    </message>
    <message>
        <source>If fewer than {minimum} jurors are left, the jury is discharged and the case is tried again.</source>
        <translation>{minimum} алқабиден аз қалса, алқабилер алқасы таратылып, іс қайта қаралады.</translation>
    </message>
    <message>
        <source>Reserves step in for anyone who drops out; if none is left, the trial is void.</source>
        <translation>Шығып қалған алқабидің орнына қосалқы алқаби кіреді; қосалқы алқаби қалмаса, сот талқылауы жарамсыз болады.</translation>
    </message>
    <message>
        <source>Reserves step in for anyone who drops out; if none is left, the jury is discharged.</source>
        <translation>Шығып қалған алқабидің орнына қосалқы алқаби кіреді; қосалқы алқаби қалмаса, алқабилер алқасы таратылады.</translation>
    </message>
    <message>
        <source>The judge alone passes sentence.</source>
        <translation>Жазаны тек судья тағайындайды.</translation>
    </message>
    <message>
        <source>The whole panel also votes on the sentence: {need} of {voters} votes decide.</source>
        <translation>Жаза туралы да бүкіл құрам дауыс береді: шешім қабылдау үшін {voters} дауыстан {need} дауыс қажет.</translation>
    </message>
    <message>
        <source>The whole panel also votes on the sentence: {need} of {voters} votes decide, and if {rounds} rounds give no majority, each further round sets aside the harshest penalty proposed.</source>
        <translation>Жаза туралы да бүкіл құрам дауыс береді: шешім қабылдау үшін {voters} дауыстан {need} дауыс қажет, ал {rounds} тур өтсе де көпшілік болмаса, әр келесі турда ұсынылған ең ауыр жаза алынып тасталады.</translation>
    </message>
    <message>
        <source>The whole panel also votes on the sentence, with the same majority; if no penalty has it, the votes for the harshest penalty are added to the next milder one until one has it.</source>
        <translation>Жаза туралы да бүкіл құрам сол көпшілікпен дауыс береді; ешбір жаза оған жетпесе, ең ауыр жазаға берілген дауыстар келесі жеңілірек жазаға қосылады, осылай біреуі көпшілікке жеткенше жалғасады.</translation>
    </message>
    <message>
        <source>More than {years} years in prison needs at least {need} of {voters} votes.</source>
        <translation>{years} жылдан астам мерзімге бас бостандығынан айыру үшін {voters} дауыстан кемінде {need} дауыс қажет.</translation>
    </message>
    <message>
        <source>A sentence of {penalty} needs all {voters} votes.</source>
        <translation>Жаза ретінде {penalty} тағайындалуы үшін {voters} дауыстың бәрі қажет.</translation>
    </message>
    <message>
        <source>A sentence of {penalty} needs at least {need} of {voters} votes.</source>
        <translation>Жаза ретінде {penalty} тағайындалуы үшін {voters} дауыстан кемінде {need} дауыс қажет.</translation>
    </message>
    <message>
        <source>A sentence of {penalty} needs at least {need} of {voters} votes; without them the sentence is at most {cap}.</source>
        <translation>Жаза ретінде {penalty} тағайындалуы үшін {voters} дауыстан кемінде {need} дауыс қажет; олай болмаса, жаза ең көбі мынадай болады: {cap}.</translation>
    </message>
    <message>
        <source>The request on standard input is not valid JSON: {reason} (line {line}, column {column}).</source>
        <translation>Стандартты кірістегі сұрау жарамды JSON емес: {reason} ({line}-жол, {column}-баған).</translation>
    </message>
    <message>
        <source>The request must be a JSON object such as {{&quot;questions&quot;: [...]}}; see docs/court-models.md.</source>
        <translation>Сұрау JSON объектісі болуы керек, мысалы: {{&quot;questions&quot;: [...]}}; docs/court-models.md құжатын қараңыз.</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; must be a number of minutes, 0 or more.</source>
        <translation>&quot;minutes&quot; минут саны болуы керек: 0 немесе одан көп.</translation>
    </message>
    <message>
        <source>&quot;jurors_sitting&quot; must be a whole number of jurors.</source>
        <translation>&quot;jurors_sitting&quot; алқабилер санын білдіретін бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>&quot;compare&quot; must be true or false.</source>
        <translation>&quot;compare&quot; мәні true немесе false болуы керек.</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions.</source>
        <translation>&quot;questions&quot; сұрақтар тізімі болуы керек.</translation>
    </message>
    <message>
        <source>Question {index} must be an object with an &quot;id&quot; (a text) and &quot;ballots&quot; (a list).</source>
        <translation>{index}-сұрақ &quot;id&quot; (мәтін) және &quot;ballots&quot; (тізім) өрістері бар объект болуы керек.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} must be an object with a &quot;role&quot; and an &quot;answer&quot;, both texts.</source>
        <translation>{question} сұрағы бойынша {index}-бюллетень &quot;role&quot; және &quot;answer&quot; өрістері бар объект болуы керек, екеуі де мәтін.</translation>
    </message>
    <message>
        <source>&quot;sentencing&quot; must be an object with &quot;rounds&quot;: a list of rounds, each a list of ballots.</source>
        <translation>&quot;sentencing&quot; — &quot;rounds&quot; өрісі бар объект болуы керек: турлар тізімі, әр тур — бюллетеньдер тізімі.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} must be an object with a &quot;role&quot; (a text) and a &quot;penalty&quot; (years, &quot;life&quot;, &quot;death&quot; or null).</source>
        <translation>Жаза туралы дауыс берудің {round}-турындағы {index}-бюллетень &quot;role&quot; (мәтін) және &quot;penalty&quot; (жыл саны, &quot;life&quot;, &quot;death&quot; немесе null) өрістері бар объект болуы керек.</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>дайындық</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>сот талқылауы</translation>
    </message>
    <message>
        <source>judge&apos;s charge</source>
        <translation>төрағалық етушінің алқабилерге жүгінуі</translation>
    </message>
    <message>
        <source>deliberation</source>
        <translation>кеңесу</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>дауыс беру</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>кесім</translation>
    </message>
    <message>
        <source>sentencing</source>
        <translation>жаза тағайындау</translation>
    </message>
    <message>
        <source>debrief</source>
        <translation>қорытынды талқылау</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>аяқталу</translation>
    </message>
    <message>
        <source>the prosecution</source>
        <translation>айыптау тарапы</translation>
    </message>
    <message>
        <source>the defence</source>
        <translation>қорғау тарапы</translation>
    </message>
    <message>
        <source>the court</source>
        <translation>сот</translation>
    </message>
    <message>
        <source>Alqa does not know the event &quot;{type}&quot;.</source>
        <translation>Alqa бағдарламасы &quot;{type}&quot; оқиғасын танымайды.</translation>
    </message>
    <message>
        <source>The field &quot;{field}&quot; of {event} has a wrong value.</source>
        <translation>{event} оқиғасының &quot;{field}&quot; өрісінде қате мән бар.</translation>
    </message>
    <message>
        <source>The text in &quot;{field}&quot; is too long: at most {limit} characters.</source>
        <translation>&quot;{field}&quot; өрісіндегі мәтін тым ұзын: ең көбі {limit} таңба болуы мүмкін.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not allowed in &quot;{field}&quot;. Use one of: {allowed}.</source>
        <translation>&quot;{field}&quot; өрісінде &quot;{value}&quot; мәніне рұқсат етілмейді. Мыналардың бірін пайдаланыңыз: {allowed}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be between {minimum} and {maximum}; it is {value}.</source>
        <translation>&quot;{field}&quot; өрісінің мәні {minimum}–{maximum} аралығында болуы керек, ал қазір ол — {value}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is empty. Write something first.</source>
        <translation>&quot;{field}&quot; өрісі бос. Алдымен оны толтырыңыз.</translation>
    </message>
    <message>
        <source>This session has already been created.</source>
        <translation>Бұл сеанс бұрын құрылған.</translation>
    </message>
    <message>
        <source>The session has not been created yet.</source>
        <translation>Сеанс әлі құрылған жоқ.</translation>
    </message>
    <message>
        <source>This session has ended; nothing more can be recorded.</source>
        <translation>Бұл сеанс аяқталды; енді ештеңе жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>This cannot be done during the {phase}.</source>
        <translation>Бұл әрекетті «{phase}» кезеңінде орындау мүмкін емес.</translation>
    </message>
    <message>
        <source>&quot;{member}&quot; is not in this class.</source>
        <translation>Бұл сыныпта &quot;{member}&quot; идентификаторы бар қатысушы жоқ.</translation>
    </message>
    <message>
        <source>The class already has a member with the id &quot;{member}&quot;.</source>
        <translation>Сыныпта &quot;{member}&quot; идентификаторы бар қатысушы бұрыннан бар.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be used as a name: give 1 to {limit} printable characters.</source>
        <translation>«{name}» есім ретінде жарамайды: 1–{limit} басылатын таңба енгізіңіз.</translation>
    </message>
    <message>
        <source>{name} is already in the class. Add an initial to tell them apart.</source>
        <translation>Сыныпта {name} деген қатысушы бұрыннан бар. Оларды ажырату үшін тегінің бас әрпін қосыңыз.</translation>
    </message>
    <message>
        <source>{name} already has a place in the court.</source>
        <translation>{name} соттағы бір орынға бекітіліп қойған.</translation>
    </message>
    <message>
        <source>The jury has already been seated.</source>
        <translation>Алқабилер алқасы бұрын жасақталған.</translation>
    </message>
    <message>
        <source>Seat the jury before the trial begins.</source>
        <translation>Сот талқылауы басталғанға дейін алқабилер алқасын жасақтаңыз.</translation>
    </message>
    <message>
        <source>Judges this court needs: {need}; seated so far: {seated}.</source>
        <translation>Сотқа қажет судьялар саны: {need}; әзірге орын алғаны: {seated}.</translation>
    </message>
    <message>
        <source>Too few candidates: {have} left, the jury needs {need}.</source>
        <translation>Кандидаттар тым аз: {have} кандидат қалды, ал алқаға {need} кандидат керек.</translation>
    </message>
    <message>
        <source>The {what} does not match the lot drawn with seed {seed}.</source>
        <translation>&quot;{what}&quot; деректері {seed} бастапқы мәнімен өткізілген жеребе нәтижесіне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>{name} is not among the candidate jurors.</source>
        <translation>{name} алқаби кандидаттарының қатарында жоқ.</translation>
    </message>
    <message>
        <source>{name} has already been challenged.</source>
        <translation>{name} деген кандидатқа қарсылық бұрын білдірілген.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>{side} has used all its peremptory challenges ({limit}).</source>
        <translation>Уәжсіз қарсылық білдіру мүмкіндігі таусылды: {side} барлығын ({limit}) пайдаланып қойды.</translation>
    </message>
    <message>
        <source>The challenge of {name} cannot be withdrawn now.</source>
        <translation>{name} деген кандидатқа білдірілген қарсылықты қазір кері қайтарып алу мүмкін емес.</translation>
    </message>
    <message>
        <source>The jury or the roles are already drawn. Draw again after changing the case or the court.</source>
        <translation>Алқа немесе рөлдер жеребе арқылы бөлініп қойған. Істі немесе сотты өзгерткеннен кейін жеребені қайта тарту керек.</translation>
    </message>
    <message>
        <source>This session does not use personal voter codes.</source>
        <translation>Бұл сеанста жеке дауыс беру кодтары қолданылмайды.</translation>
    </message>
    <message>
        <source>The ballots have been revealed: the vote can no longer be annulled.</source>
        <translation>Бюллетеньдер ашылды: енді дауыс берудің күшін жоюға болмайды.</translation>
    </message>
    <message>
        <source>Draw the candidate jurors first.</source>
        <translation>Алдымен алқаби кандидаттарын жеребе арқылы таңдаңыз.</translation>
    </message>
    <message>
        <source>This court has no seat &quot;{seat}&quot;.</source>
        <translation>Бұл сотта &quot;{seat}&quot; орны жоқ.</translation>
    </message>
    <message>
        <source>Jurors are seated by lot; the seat &quot;{seat}&quot; cannot be given by hand.</source>
        <translation>Алқабилер орындарына жеребе бойынша отырғызылады; &quot;{seat}&quot; орнын қолмен беру мүмкін емес.</translation>
    </message>
    <message>
        <source>The seat &quot;{seat}&quot; is taken by {name}.</source>
        <translation>&quot;{seat}&quot; орнын {name} алып қойған.</translation>
    </message>
    <message>
        <source>The seat &quot;{seat}&quot; is empty.</source>
        <translation>&quot;{seat}&quot; орны бос.</translation>
    </message>
    <message>
        <source>A vote is under way; finish or annul it first.</source>
        <translation>Дауыс беру жүріп жатыр; алдымен оны аяқтаңыз немесе күшін жойыңыз.</translation>
    </message>
    <message>
        <source>There is no sentence after an acquittal.</source>
        <translation>Ақтау кесімі шыққаннан кейін жаза тағайындалмайды.</translation>
    </message>
    <message>
        <source>The trial has no stage &quot;{stage}&quot;.</source>
        <translation>Сот талқылауында &quot;{stage}&quot; кезеңі жоқ.</translation>
    </message>
    <message>
        <source>The stage &quot;{stage}&quot; is still running; end it first.</source>
        <translation>&quot;{stage}&quot; кезеңі әлі жүріп жатыр; алдымен оны аяқтаңыз.</translation>
    </message>
    <message>
        <source>The stage &quot;{stage}&quot; is not running.</source>
        <translation>&quot;{stage}&quot; кезеңі қазір жүріп жатқан жоқ.</translation>
    </message>
    <message>
        <source>An objection is waiting for the judge&apos;s ruling.</source>
        <translation>Қарсылық судьяның шешімін күтіп тұр.</translation>
    </message>
    <message>
        <source>There is no objection to rule on.</source>
        <translation>Шешім шығаратын қарсылық жоқ.</translation>
    </message>
    <message>
        <source>Round {round} is not the current round.</source>
        <translation>{round}-тур — ағымдағы тур емес.</translation>
    </message>
    <message>
        <source>Round {round} has ended.</source>
        <translation>{round}-тур аяқталды.</translation>
    </message>
    <message>
        <source>Round {round} is still open; end it first.</source>
        <translation>{round}-тур әлі аяқталған жоқ; алдымен оны аяқтаңыз.</translation>
    </message>
    <message>
        <source>The next round is number {expected}, not {got}.</source>
        <translation>Келесі турдың нөмірі — {expected}, {got} емес.</translation>
    </message>
    <message>
        <source>{name} does not sit on the panel.</source>
        <translation>{name} алқа құрамында жоқ.</translation>
    </message>
    <message>
        <source>{name} has already given a stance in round {round}.</source>
        <translation>{name} {round}-турда ұстанымын білдіріп қойған.</translation>
    </message>
    <message>
        <source>{name} cannot be named as moving this member.</source>
        <translation>{name} бұл қатысушыға ықпал етті деп көрсетуге болмайды.</translation>
    </message>
    <message>
        <source>{name} has already been named this round.</source>
        <translation>{name} осы турда аталып қойған.</translation>
    </message>
    <message>
        <source>This has already been revealed.</source>
        <translation>Бұл бұрын ашылған.</translation>
    </message>
    <message>
        <source>The next vote is number {expected}, not {got}.</source>
        <translation>Келесі дауыс берудің нөмірі — {expected}, {got} емес.</translation>
    </message>
    <message>
        <source>The ballot must answer these questions, in order: {expected}.</source>
        <translation>Бюллетень мына сұрақтарға осы ретпен жауап беруі керек: {expected}.</translation>
    </message>
    <message>
        <source>Vote {vote} is not open.</source>
        <translation>№ {vote} дауыс беру ашық емес.</translation>
    </message>
    <message>
        <source>This session votes openly; ballots carry names.</source>
        <translation>Бұл сеанста дауыс беру ашық; бюллетеньдерде есімдер көрсетіледі.</translation>
    </message>
    <message>
        <source>This session votes by secret ballot; a ballot cannot carry a name.</source>
        <translation>Бұл сеанста дауыс беру жасырын; бюллетеньде есім көрсетілмейді.</translation>
    </message>
    <message>
        <source>{name} does not vote in this court.</source>
        <translation>{name} бұл сотта дауыс бермейді.</translation>
    </message>
    <message>
        <source>{name} has already voted.</source>
        <translation>{name} дауыс беріп қойған.</translation>
    </message>
    <message>
        <source>The ballot is not filled in correctly.</source>
        <translation>Бюллетень дұрыс толтырылмаған.</translation>
    </message>
    <message>
        <source>This court allows no abstention: answer yes or no.</source>
        <translation>Бұл сотта қалыс қалуға болмайды: «иә» немесе «жоқ» деп жауап беріңіз.</translation>
    </message>
    <message>
        <source>Not everyone has voted yet. Ballots missing: {missing}.</source>
        <translation>Әлі бәрі дауыс берген жоқ. Жетіспейтін бюллетеньдер: {missing}.</translation>
    </message>
    <message>
        <source>Ballots in the box: {ballots}, but voters: {voters}.</source>
        <translation>Жәшіктегі бюллетеньдер: {ballots}, ал дауыс бергендер: {voters}.</translation>
    </message>
    <message>
        <source>Reveal the ballots of vote {vote} first.</source>
        <translation>Алдымен № {vote} дауыс берудің бюллетеньдерін ашыңыз.</translation>
    </message>
    <message>
        <source>This court always reaches a verdict; a hung jury is not possible.</source>
        <translation>Бұл сот әрқашан кесім шығарады; алқабилердің шешімге келмеуі мүмкін емес.</translation>
    </message>
    <message>
        <source>There is no verdict yet: {rule}</source>
        <translation>Әзірге кесім жоқ: {rule}</translation>
    </message>
    <message>
        <source>That is not what the ballots decide: {rule}</source>
        <translation>Бюллетеньдер басқаша шешеді: {rule}</translation>
    </message>
    <message>
        <source>The ballots reach a verdict, so the jury is not hung: {rule}</source>
        <translation>Бюллетеньдер бойынша кесім шықты, демек алқабилер шешімге келді: {rule}</translation>
    </message>
    <message>
        <source>There is no note number {note}.</source>
        <translation>№ {note} жазба жоқ.</translation>
    </message>
    <message>
        <source>This step cannot be undone.</source>
        <translation>Бұл қадамды болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Only {sitting} jurors are left and no reserve: the trial is void, and jury selection must start again.</source>
        <translation>Тек {sitting} алқаби қалды, қосалқы алқаби жоқ: сот талқылауы жарамсыз, алқабилерді іріктеуді қайта бастау керек.</translation>
    </message>
    <message>
        <source>Only {sitting} jurors are left, fewer than {minimum}: the jury is discharged.</source>
        <translation>Тек {sitting} алқаби қалды, бұл {minimum} алқабиден аз: алқабилер алқасы таратылды.</translation>
    </message>
    <message>
        <source>There is no session file at {path}.</source>
        <translation>{path} жолында сеанс файлы жоқ.</translation>
    </message>
    <message>
        <source>The file is larger than {limit_mb} MB, far too big for a class list. Choose the file with the names.</source>
        <translation>Файлдың көлемі {limit_mb} МБ шегінен асады, бұл сынып тізімі үшін тым үлкен. Аттар жазылған файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>This is not a class list: it holds binary data, such as a picture or a PDF. Save the names as CSV or plain text and import that file.</source>
        <translation>Бұл сынып тізімі емес: онда сурет немесе PDF сияқты екілік деректер бар. Аттарды CSV немесе қарапайым мәтін ретінде сақтап, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>This is a spreadsheet, document or archive file (such as .xlsx, .xls, .docx or .zip), not a text list. Save the list as CSV (in Excel: Save As, &quot;CSV UTF-8&quot;) and import that file.</source>
        <translation>Бұл мәтіндік тізім емес, электрондық кесте, құжат немесе архив файлы (мысалы, .xlsx, .xls, .docx немесе .zip). Тізімді CSV форматында сақтаңыз (Excel бағдарламасында: «Басқаша сақтау», «CSV UTF-8») және сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>The list is empty. Type or paste the names, one a line, or import a CSV file.</source>
        <translation>Тізім бос. Аттарды әр жолға біреуден теріңіз немесе кірістіріңіз, не болмаса CSV файлын импорттаңыз.</translation>
    </message>
    <message>
        <source>No names were found: every line is empty or holds only numbers, formulas or symbols.</source>
        <translation>Бірде-бір ат табылмады: әр жол бос немесе онда тек сандар, формулалар не таңбалар бар.</translation>
    </message>
    <message>
        <source>&quot;{format}&quot; is not an export format. Use one of: {allowed}.</source>
        <translation>«{format}» — экспорт пішімі емес. Мыналардың бірін қолданыңыз: {allowed}.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}. Nothing was written.</source>
        <translation>{path} жолына жазу мүмкін емес: {reason}. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Give a folder or a name ending in .zip.</source>
        <translation>{path} — бума емес, файл. Буманы немесе .zip-пен аяқталатын атауды көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} жолында файл жоқ.</translation>
    </message>
    <message>
        <source>{path} is not an Alqa session JSON file. Nothing was imported.</source>
        <translation>{path} — Alqa сеансының JSON файлы емес. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>{path} is from a newer Alqa (format {version}; this one reads up to {supported}). Nothing was imported.</source>
        <translation>{path} файлы Alqa-ның жаңарақ нұсқасынан (пішімі: {version}; бұл нұсқа оқи алатыны: {supported}). Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>Event {index} of {path} cannot be read ({reason}). Nothing was imported.</source>
        <translation>{path} файлындағы {index}-оқиғаны оқу мүмкін емес ({reason}). Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>Event {index} ({type}) of {path} does not fit the session before it. Nothing was imported.</source>
        <translation>{path} файлындағы {index}-оқиға ({type}) сеанстың алдыңғы бөлігіне сәйкес келмейді. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name; nothing was imported.</source>
        <translation>{path} бұрыннан бар. Басқа атау таңдаңыз; ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>{path} файлын оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>Names found: {count}. A session needs at least {minimum}; add more names.</source>
        <translation>Табылған аттар саны: {count}. Сеансқа кемінде {minimum} ат керек; тағы аттар қосыңыз.</translation>
    </message>
    <message>
        <source>Names found: {count}. One session takes at most {maximum}; split the class and run a session for each part.</source>
        <translation>Табылған аттар саны: {count}. Бір сеансқа ең көбі {maximum} ат сияды; сыныпты бөліп, әр бөлігіне жеке сеанс өткізіңіз.</translation>
    </message>
    <message>
        <source>Line {line}: read as the header row: {value}</source>
        <translation>{line}-жол: тақырып жолы ретінде оқылды: {value}</translation>
    </message>
    <message>
        <source>Line {line}: skipped, it stands above the header row: {value}</source>
        <translation>{line}-жол: өткізіп жіберілді, ол тақырып жолынан жоғары тұр: {value}</translation>
    </message>
    <message>
        <source>Empty lines skipped: {count}.</source>
        <translation>Өткізіп жіберілген бос жолдар саны: {count}.</translation>
    </message>
    <message>
        <source>Line {line}: skipped, the name column is empty in this row: {value}</source>
        <translation>{line}-жол: өткізіп жіберілді, бұл жолда аттар бағаны бос: {value}</translation>
    </message>
    <message>
        <source>Line {line}: skipped, the same name is on line {first}: {name}</source>
        <translation>{line}-жол: өткізіп жіберілді, дәл осы ат {first}-жолда бар: {name}</translation>
    </message>
    <message>
        <source>Line {line}: skipped, longer than {limit} characters: {start}…</source>
        <translation>{line}-жол: өткізіп жіберілді, ұзындығы {limit} таңбадан асады: {start}…</translation>
    </message>
    <message>
        <source>Line {line}: skipped, not a name: {value}</source>
        <translation>{line}-жол: өткізіп жіберілді, бұл ат емес: {value}</translation>
    </message>
    <message>
        <source>Line {line}: skipped, it holds only unreadable characters.</source>
        <translation>{line}-жол: өткізіп жіберілді, онда тек оқылмайтын таңбалар бар.</translation>
    </message>
    <message>
        <source>Line {line}: extra spaces or invisible characters removed: {name}</source>
        <translation>{line}-жол: артық бос орындар немесе көрінбейтін таңбалар алынып тасталды: {name}</translation>
    </message>
    <message>
        <source>Names whose list number was taken off: {count}.</source>
        <translation>Тізімдегі нөмірі алынып тасталған аттар саны: {count}.</translation>
    </message>
    <message>
        <source>Line {line}: check this name, a question mark may stand for a lost letter: {name}. Saving the list as &quot;CSV UTF-8&quot; keeps every letter.</source>
        <translation>{line}-жол: осы атты тексеріңіз, сұрақ белгісі жоғалған әріптің орнында тұруы мүмкін: {name}. Тізімді «CSV UTF-8» форматында сақтасаңыз, барлық әріп сақталады.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}. Nothing was changed.</source>
        <translation>{path} файлына жазу мүмкін емес: {reason}. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>{path} is not an Alqa session. The file is unchanged.</source>
        <translation>{path} — Alqa сеансы емес. Файлға өзгеріс енгізілген жоқ.</translation>
    </message>
    <message>
        <source>The session file {path} is damaged. The file is unchanged; a backup copy may be in its .backups folder.</source>
        <translation>{path} сеанс файлы зақымдалған. Файлға өзгеріс енгізілген жоқ; оның сақтық көшірмесі .backups қалтасында болуы мүмкін.</translation>
    </message>
    <message>
        <source>The session file {path} holds an event this Alqa cannot read ({reason}). The file is unchanged.</source>
        <translation>{path} сеанс файлында Alqa бағдарламасының бұл нұсқасы оқи алмайтын оқиға бар ({reason}). Файлға өзгеріс енгізілген жоқ.</translation>
    </message>
    <message>
        <source>{path} is from a newer Alqa (format {version}; this one reads up to {supported}). Update Alqa to open it; the file is unchanged.</source>
        <translation>{path} файлы Alqa бағдарламасының жаңарақ нұсқасында жасалған ({version} форматы; бұл нұсқа {supported} форматына дейін оқиды). Оны ашу үшін Alqa бағдарламасын жаңартыңыз; файлға өзгеріс енгізілген жоқ.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} файлы бұрыннан бар. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is open in another window. It can be viewed here but not changed.</source>
        <translation>{path} файлы басқа терезеде ашық. Мұнда оны қарауға болады, бірақ өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>{path} is open read-only; nothing can be recorded here.</source>
        <translation>{path} файлы тек оқу үшін ашылған; мұнда ештеңе жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>The folder {folder} seems to be on a network drive: Alqa saves there more slowly but just as safely.</source>
        <translation>{folder} қалтасы желілік дискіде орналасқан сияқты: Alqa онда баяуырақ, бірақ дәл сондай сенімді сақтайды.</translation>
    </message>
    <message>
        <source>A title needs 1 to {limit} printable characters.</source>
        <translation>Атауда 1–{limit} басылатын таңба болуы керек.</translation>
    </message>
    <message>
        <source>The scenario {path} cannot be read ({reason}).</source>
        <translation>{path} сценарийін оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>The scenario {path} is larger than {limit_mb} MB.</source>
        <translation>{path} сценарийінің көлемі {limit_mb} МБ шегінен асады.</translation>
    </message>
    <message>
        <source>{path} is not an Alqa scenario (format 1).</source>
        <translation>{path} — Alqa сценарийі емес (1-формат).</translation>
    </message>
    <message>
        <source>The scenario&apos;s &quot;{field}&quot; is not filled in correctly.</source>
        <translation>Сценарийдегі &quot;{field}&quot; өрісі дұрыс толтырылмаған.</translation>
    </message>
    <message>
        <source>the event is malformed ({detail})</source>
        <translation>оқиға дұрыс жазылмаған ({detail}).</translation>
    </message>
    <message>
        <source>Stopped at {where} ({type}): {reason} The session file holds everything before it.</source>
        <translation>Сценарий {where} оқиғасында тоқтады ({type}): {reason} Сеанс файлында осы оқиғаға дейінгінің бәрі сақталған.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; needs a text in kk, ru or en.</source>
        <translation>&quot;{field}&quot; өрісінде kk, ru немесе en тіліндегі мәтін болуы керек.</translation>
    </message>
    <message>
        <source>This is not an Alqa case file.</source>
        <translation>Бұл Alqa бағдарламасының іс файлы емес.</translation>
    </message>
    <message>
        <source>This case is from a newer Alqa (format {version}; this one reads up to {supported}). Update Alqa to open it.</source>
        <translation>Бұл іс Alqa бағдарламасының жаңарақ нұсқасында жасалған ({version} форматы; бұл нұсқа {supported} форматына дейін оқиды). Оны ашу үшін Alqa бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <source>The case file {path} cannot be read ({reason}).</source>
        <translation>{path} іс файлын оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>The case file {path} is larger than {limit_mb} MB.</source>
        <translation>{path} іс файлының көлемі {limit_mb} МБ шегінен асады.</translation>
    </message>
    <message>
        <source>The case&apos;s &quot;{field}&quot; is missing or wrong.</source>
        <translation>Істегі &quot;{field}&quot; өрісі жоқ немесе қате толтырылған.</translation>
    </message>
    <message>
        <source>The id &quot;{id}&quot; in &quot;{field}&quot; is used twice.</source>
        <translation>&quot;{field}&quot; өрісіндегі &quot;{id}&quot; идентификаторы екі рет қолданылған.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; has {count} entries; it needs {minimum} to {maximum}.</source>
        <translation>&quot;{field}&quot; өрісінде {count} жазба бар; {minimum}–{maximum} жазба болуы керек.</translation>
    </message>
    <message>
        <source>The picture in &quot;{field}&quot; is not an image.</source>
        <translation>&quot;{field}&quot; өрісіндегі сурет кескін файлы емес.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; names the charge &quot;{id}&quot;, which the case does not have.</source>
        <translation>&quot;{field}&quot; өрісінде &quot;{id}&quot; айыптауы көрсетілген, бірақ істе ондай айыптау жоқ.</translation>
    </message>
    <message>
        <source>The case has no questions for courts of the form &quot;{form}&quot;.</source>
        <translation>Істе сұрақтары &quot;{form}&quot; түрінде қойылатын соттарға арналған сұрақтар жоқ.</translation>
    </message>
    <message>
        <source>There is no case &quot;{id}&quot;. Built-in cases: {known}.</source>
        <translation>&quot;{id}&quot; ісі жоқ. Кірістірілген істер: {known}.</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; cannot be a case id. Use 1 to 64 small Latin letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>«{id}» іс идентификаторы бола алмайды. 1–64 таңбадан тұратын кіші латын әріптерін, цифрларды, «-» немесе «_» таңбаларын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The id &quot;{id}&quot; belongs to a built-in case. Choose another id.</source>
        <translation>«{id}» идентификаторы кірістірілген іске тиесілі. Басқа идентификатор таңдаңыз.</translation>
    </message>
    <message>
        <source>Another of your cases already has the id &quot;{id}&quot;. Choose another id.</source>
        <translation>Сіздің басқа ісіңізде «{id}» идентификаторы бұрыннан бар. Басқа идентификатор таңдаңыз.</translation>
    </message>
    <message>
        <source>With its pictures the case would be larger than {limit_mb} MB. Use fewer or smaller pictures.</source>
        <translation>Суреттерімен қоса істің көлемі {limit_mb} МБ шегінен асып кетеді. Суреттерді азайтыңыз немесе кішірек суреттер пайдаланыңыз.</translation>
    </message>
    <message>
        <source>{name} is not a case file: Alqa case files are JSON text files (*.alqa-case.json).</source>
        <translation>{name} — іс файлы емес: Alqa іс файлдары — JSON мәтіндік файлдары (*.alqa-case.json).</translation>
    </message>
    <message>
        <source>Charge {number} has no “{question}” question. Write it under Questions, or fill in the standard questions.</source>
        <translation>{number}-айыптауда «{question}» сұрағы жоқ. Оны «Сұрақтар» бөлімінде жазыңыз немесе стандартты сұрақтарды толтырыңыз.</translation>
    </message>
    <message>
        <source>The case file {path} cannot be deleted: {reason}.</source>
        <translation>{path} іс файлын өшіру мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>How much this member was moved by others: the weight of all arrows pointing at them.</source>
        <translation>Бұл қатысушыға басқалардың қаншалықты ықпал еткені: оған бағытталған барлық көрсеткілердің салмағы.</translation>
    </message>
    <message>
        <source>How much this member moved others: the weight of all arrows leaving them.</source>
        <translation>Бұл қатысушының басқаларға қаншалықты ықпал еткені: одан шығатын барлық көрсеткілердің салмағы.</translation>
    </message>
    <message>
        <source>High when this member moved people who in turn moved others.</source>
        <translation>Бұл қатысушы өзі де басқаларға ықпал еткен адамдарға әсер етсе, мәні жоғары болады.</translation>
    </message>
    <message>
        <source>Like PageRank without random jumps: influence that reaches other influential members.</source>
        <translation>Кездейсоқ ауысуларсыз PageRank сияқты: басқа ықпалды қатысушыларға жететін ықпал.</translation>
    </message>
    <message>
        <source>How often this member lies on the strongest chain of influence between two others, like a bridge between camps.</source>
        <translation>Бұл қатысушы басқа екі адамның арасындағы ең күшті ықпал тізбегінде қаншалықты жиі тұрады: топтар арасындағы көпір сияқты.</translation>
    </message>
    <message>
        <source>The share of this member&apos;s influence links that go both ways.</source>
        <translation>Бұл қатысушының екі жақты ықпал байланыстарының үлесі.</translation>
    </message>
    <message>
        <source>How much closer, on average, the others came to this member&apos;s opinion after rounds in which the member spoke or was named.</source>
        <translation>Бұл қатысушы сөйлеген немесе аталған турлардан кейін басқалардың пікірі оның пікіріне орта есеппен қаншалықты жақындағаны.</translation>
    </message>
    <message>
        <source>How far this member&apos;s own opinion travelled from check to check.</source>
        <translation>Бұл қатысушының өз пікірі бір сұраудан келесі сұрауға дейін қаншалықты өзгергені.</translation>
    </message>
    <message>
        <source>How many times this member changed between guilty, not guilty and undecided.</source>
        <translation>Бұл қатысушы «кінәлі», «кінәсіз» және «әлі шешпеген» арасында неше рет ауысқаны.</translation>
    </message>
    <message>
        <source>How long this member spoke in deliberation, in seconds.</source>
        <translation>Бұл қатысушының кеңесу кезінде қанша уақыт сөйлегені, секундпен.</translation>
    </message>
    <message>
        <source>The part of all influence on the jurors that came from the judges.</source>
        <translation>Алқабилерге жасалған барлық ықпалдың судьялардан келген бөлігі.</translation>
    </message>
    <message>
        <source>The part of the deliberating panel the judges make up; compare it with their share of influence.</source>
        <translation>Кеңесетін құрамдағы судьялардың үлесі; оны олардың ықпал үлесімен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The share of all influence links that went both ways.</source>
        <translation>Барлық ықпал байланыстарының екі жақты болған үлесі.</translation>
    </message>
    <message>
        <source>Members who gave at least two stances and never changed them.</source>
        <translation>Ұстанымын кемінде екі рет білдіріп, оны ешқашан өзгертпеген қатысушылар.</translation>
    </message>
    <message>
        <source>Members of the panel who did not speak in any round.</source>
        <translation>Ешбір турда сөйлемеген құрам мүшелері.</translation>
    </message>
    <message>
        <source>How unequally talk time was shared: 0 when all spoke equally, near 1 when one voice took it all.</source>
        <translation>Сөйлеу уақыты қаншалықты тең емес бөлінгені: бәрі бірдей сөйлесе — 0, бір адам бүкіл уақытты алса — 1-ге жақын.</translation>
    </message>
    <message>
        <source>The panel&apos;s average opinion, from -1 (sure not guilty) to +1 (sure guilty).</source>
        <translation>Құрамның орташа пікірі: -1-ден (кінәсіз екеніне сенімді) +1-ге дейін (кінәлі екеніне сенімді).</translation>
    </message>
    <message>
        <source>How far apart opinions were: the larger, the more the panel stood in distant camps.</source>
        <translation>Пікірлердің бір-бірінен қаншалықты алшақ болғаны: мәні неғұрлым үлкен болса, құрам соғұрлым алыс топтарға бөлінген.</translation>
    </message>
    <message>
        <source>In a full panel, a value above 0.555 means the opinions form two separate camps rather than one crowd.</source>
        <translation>Толық құрамда 0,555-тен жоғары мән пікірлердің бір топ емес, екі бөлек топ құрағанын білдіреді.</translation>
    </message>
    <message>
        <source>The share of members holding the most common stance.</source>
        <translation>Ең көп таралған ұстанымды ұстанатын қатысушылардың үлесі.</translation>
    </message>
    <message>
        <source>An animation is saved as .gif or .png (animated PNG), with at least one round to show: {path}</source>
        <translation>Анимация .gif немесе .png (анимацияланған PNG) форматында сақталады және онда кемінде бір тур болуы керек: {path}</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>Өткізіп жіберілді: {problem}</translation>
    </message>
    <message>
        <source>{path} is neither an Alqa session file nor a session JSON export.</source>
        <translation>{path} — Alqa сеансының файлы да, сеанстың JSON экспорты да емес.</translation>
    </message>
    <message>
        <source>{path} is from a newer Alqa (format {version}; this one reads up to {supported}).</source>
        <translation>{path} файлы Alqa бағдарламасының жаңарақ нұсқасында жасалған ({version} форматы; бұл нұсқа {supported} форматына дейін оқиды).</translation>
    </message>
    <message>
        <source>Event {index} ({type}) of {path} does not fit the session before it.</source>
        <translation>{path} файлындағы {index}-оқиға ({type}) сеанстың алдыңғы бөлігіне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>{path} holds session {session}, already read from {first}.</source>
        <translation>{path} ішінде {session} сеансы бар, ол {first} файлынан оқылып қойған.</translation>
    </message>
    <message>
        <source>There is no file or folder at {path}.</source>
        <translation>{path} жолында файл да, қалта да жоқ.</translation>
    </message>
    <message>
        <source>No session could be read from {sources}. Nothing was written.</source>
        <translation>{sources} ішінен бірде-бір сеанс оқылмады. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>кінәлі</translation>
    </message>
    <message>
        <source>not guilty</source>
        <translation>кінәсіз</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>кесім жоқ</translation>
    </message>
    <message>
        <source>Did the first stance check already decide the verdict?</source>
        <translation>Кесімді ұстанымдарды алғашқы сұрау-ақ айқындап қойды ма?</translation>
    </message>
    <message>
        <source>No stance check was revealed, so there is nothing to compare.</source>
        <translation>Ұстанымдар бірде-бір рет ашылған жоқ, сондықтан салыстыратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>At the first stance check: guilty {guilty}, not guilty {not_guilty}, undecided {undecided}.</source>
        <translation>Ұстанымдарды алғашқы сұрау кезінде: «кінәлі» — {guilty}, «кінәсіз» — {not_guilty}, «әлі шешпеген» — {undecided}.</translation>
    </message>
    <message>
        <source>There is no verdict yet to set it against.</source>
        <translation>Оны салыстыратын кесім әлі жоқ.</translation>
    </message>
    <message>
        <source>Yes: the verdict ({verdict}) went the way of that first majority.</source>
        <translation>Иә: кесім ({verdict}) сол алғашқы көпшіліктің ұстанымымен сәйкес шықты.</translation>
    </message>
    <message>
        <source>No: the first majority leaned to {first}, but the verdict was {verdict}. Deliberation changed the outcome.</source>
        <translation>Жоқ: алғашқы көпшілік «{first}» жағына бейім еді, бірақ кесім «{verdict}» болды. Кеңесу нәтижені өзгертті.</translation>
    </message>
    <message>
        <source>The first check was evenly split; deliberation alone decided the verdict ({verdict}).</source>
        <translation>Алғашқы сұрауда ұстанымдар тең бөлінді; кесімді ({verdict}) тек кеңесу айқындады.</translation>
    </message>
    <message>
        <source>Members who ended where they began: {same} of {members}.</source>
        <translation>Бастапқы ұстанымында қалған қатысушылар: {members} адамнан {same} адам.</translation>
    </message>
    <message>
        <source>In real juries the majority of the first ballot wins about 9 times in 10 (Kalven and Zeisel). Is deliberation real, or does it confirm the first impression?</source>
        <translation>Нақты соттарда алқабилердің алғашқы дауыс беруіндегі көпшілік шамамен 10 жағдайдың 9-ында жеңеді (Калвен мен Цейзель). Кеңесу шынымен пікірді өзгерте ме, әлде алғашқы әсерді ғана бекіте ме?</translation>
    </message>
    <message>
        <source>Did everyone speak, and who spoke most?</source>
        <translation>Бәрі сөйледі ме және ең көп кім сөйледі?</translation>
    </message>
    <message>
        <source>No talk time was recorded in deliberation.</source>
        <translation>Кеңесу кезінде сөйлеу уақыты жазылған жоқ.</translation>
    </message>
    <message>
        <source>Members of the panel who spoke: {spoke} of {members}.</source>
        <translation>Сөйлеген құрам мүшелері: {members} адамнан {spoke} адам.</translation>
    </message>
    <message>
        <source>{name} spoke most: {share}% of all talk time (about {minutes} min), where an equal share would be {equal}%.</source>
        <translation>Ең көп сөйлеген — {name}: сөйлеу уақытындағы үлесі {share}% (шамамен {minutes} мин), ал уақыт тең бөлінсе, әр адамның үлесі {equal}% болар еді.</translation>
    </message>
    <message>
        <source>Did not speak: {names}.</source>
        <translation>Сөйлемегендер: {names}.</translation>
    </message>
    <message>
        <source>Inequality of talk time (Gini): {gini}, where 0 means everyone spoke equally and 1 that one voice took it all.</source>
        <translation>Сөйлеу уақытының теңсіздігі (Gini): {gini}; мұнда 0 — бәрі бірдей сөйледі, 1 — бүкіл уақытты бір адам алды дегенді білдіреді.</translation>
    </message>
    <message>
        <source>In real juries the foreperson talks about three times as much as the average juror, and status predicts who talks. Did each juror have a voice?</source>
        <translation>Нақты соттарда алқабилер старшинасы орташа алқабиден шамамен үш есе көп сөйлейді, ал кімнің сөйлейтінін көбіне әлеуметтік мәртебе анықтайды. Әр алқаби өз пікірін айта алды ма?</translation>
    </message>
    <message>
        <source>Did the judges sway the jurors?</source>
        <translation>Судьялар алқабилерге ықпал етті ме?</translation>
    </message>
    <message>
        <source>In this court the judges did not deliberate with the jurors, so they could not sway them in the room.</source>
        <translation>Бұл сотта судьялар алқабилермен бірге кеңеспеді, сондықтан кеңесу бөлмесінде оларға ықпал ете алмады.</translation>
    </message>
    <message>
        <source>The judges held {seats}% of the seats, but no influence on the jurors was reported or seen.</source>
        <translation>Орындардағы судьялар үлесі {seats}% болды, бірақ олардың алқабилерге ықпалы не аталмады, не байқалмады.</translation>
    </message>
    <message>
        <source>The judges held {seats}% of the seats and gave {share}% of all the influence on the jurors.</source>
        <translation>Орындардағы судьялар үлесі {seats}% болды, ал алқабилерге жасалған барлық ықпалдағы олардың үлесі — {share}%.</translation>
    </message>
    <message>
        <source>Jurors who named a judge as someone who moved them: {named} of {jurors}.</source>
        <translation>Өзіне судья ықпал етті деп атаған алқабилер: {jurors} алқабиден {named} алқаби.</translation>
    </message>
    <message>
        <source>The judges weighed far more than their seats: the officials&apos; sway the essay fears.</source>
        <translation>Судьялардың салмағы олардың орындар үлесінен әлдеқайда көп болды: эсседе айтылған қауіп — лауазымды тұлғалардың ықпалы — осы.</translation>
    </message>
    <message>
        <source>The judges weighed about as much as their seats.</source>
        <translation>Судьялардың салмағы шамамен олардың орындар үлесіндей болды.</translation>
    </message>
    <message>
        <source>The judges weighed less than their seats: the jurors kept their own counsel.</source>
        <translation>Судьялардың салмағы олардың орындар үлесінен аз болды: алқабилер өз пікірінде қалды.</translation>
    </message>
    <message>
        <source>Studies of mixed courts in Germany, Croatia and Japan find that professional judges often lead the talk and the outcome. Kazakhstan went from 2 judges with 9 jurors to 1 judge with 10.</source>
        <translation>Германия, Хорватия және Жапониядағы аралас соттар туралы зерттеулер кәсіби судьялардың талқылауды да, оның нәтижесін де жиі өз бағытына бұратынын көрсетеді. Қазақстан 2 судья мен 9 алқабиден 1 судья мен 10 алқабиге көшті.</translation>
    </message>
    <message>
        <source>Would another court have decided otherwise?</source>
        <translation>Басқа сот басқаша шешер ме еді?</translation>
    </message>
    <message>
        <source>No verdict was reached on revealed ballots, so there is nothing to compare.</source>
        <translation>Ашылған бюллетеньдер бойынша кесім шықпады, сондықтан салыстыратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Every other court model ({courts}) would have reached the same result on the same ballots.</source>
        <translation>Басқа сот модельдерінің бәрі ({courts}) сол бюллетеньдер бойынша дәл сондай нәтижеге келер еді.</translation>
    </message>
    <message>
        <source>Other court models that would have decided otherwise on the same ballots: {differ} of {courts}.</source>
        <translation>Сол бюллетеньдер бойынша басқаша шешім шығаратын басқа сот модельдері: {courts} модельден {differ} модель.</translation>
    </message>
    <message>
        <source>{court}: {verdict}.</source>
        <translation>{court}: {verdict}.</translation>
    </message>
    <message>
        <source>Majority rules shorten deliberation and leave holdouts unheard; unanimity protects the accused but hangs more juries. Which design would you choose?</source>
        <translation>Көпшілік дауыс ережелері кеңесуді қысқартады, бірақ келіспей қалған азшылықтың даусын естілмей қалдырады; бірауызды шешім талабы сотталушыны қорғайды, бірақ алқабилер шешімге келмей қалатын жағдай жиілейді. Сіз қай тәртіпті таңдар едіңіз?</translation>
    </message>
    <message>
        <source>Did everyone vote what they last said they thought?</source>
        <translation>Әркім соңғы рет айтқан пікіріне сай дауыс берді ме?</translation>
    </message>
    <message>
        <source>There is no verdict, or no stance check, to compare.</source>
        <translation>Салыстыру үшін кесім немесе ұстанымдарды сұрау жоқ.</translation>
    </message>
    <message>
        <source>Members whose last stance did not match the verdict ({verdict}): {apart} of {members}.</source>
        <translation>Соңғы ұстанымы кесіммен ({verdict}) сәйкес келмеген қатысушылар: {members} адамнан {apart} адам.</translation>
    </message>
    <message>
        <source>In real juries more than a third of jurors privately disagree with their verdict. Voice or conformity?</source>
        <translation>Нақты соттарда алқабилердің үштен бірінен астамы өз кесімімен іштей келіспейді. Өз пікіріңді айту ма, әлде көпшілікке ілесу ме?</translation>
    </message>
    <message>
        <source>Did doubt have an edge?</source>
        <translation>Күмәннің басымдығы болды ма?</translation>
    </message>
    <message>
        <source>No round began with the panel split between guilty and not guilty.</source>
        <translation>Ешбір тур құрам «кінәлі» мен «кінәсіз» арасында бөлінген күйде басталған жоқ.</translation>
    </message>
    <message>
        <source>Rounds that began split: {splits}. After them, members gained by not guilty: {acquit}; by guilty: {convict}.</source>
        <translation>Құрам бөлінген күйде басталған турлар: {splits}. Олардан кейін «кінәсіз» жағына қосылғандар: {acquit}; «кінәлі» жағына қосылғандар: {convict}.</translation>
    </message>
    <message>
        <source>Doubt had the edge, as the presumption of innocence wants.</source>
        <translation>Кінәсіздік презумпциясы талап ететіндей, басымдық күмән жағында болды.</translation>
    </message>
    <message>
        <source>The guilty side had the edge.</source>
        <translation>Басымдық «кінәлі» жағында болды.</translation>
    </message>
    <message>
        <source>Neither side had the edge.</source>
        <translation>Ешбір тараптың басымдығы болмады.</translation>
    </message>
    <message>
        <source>Evenly split juries acquit several times as often as they convict (MacCoun and Kerr): reasonable doubt is easier to argue.</source>
        <translation>Тең бөлінген алқабилер алқалары кінәлі деп танудан гөрі бірнеше есе жиі ақтайды (МакКаун мен Керр): негізді күмәнді қорғау оңайырақ.</translation>
    </message>
    <message>
        <source>How long did it take?</source>
        <translation>Бұл қанша уақытқа созылды?</translation>
    </message>
    <message>
        <source>Trial: {trial} min. Deliberation: {deliberation} min (rounds: {rounds}). Votes taken: {votes}.</source>
        <translation>Сот талқылауы: {trial} мин. Кеңесу: {deliberation} мин (турлар саны: {rounds}). Дауыс беру саны: {votes}.</translation>
    </message>
    <message>
        <source>The whole session, from the first step to the last: {minutes} min.</source>
        <translation>Бүкіл сеанс, алғашқы қадамнан соңғысына дейін: {minutes} мин.</translation>
    </message>
    <message>
        <source>In England and Wales a majority verdict is taken only after at least two hours; about 0.4% of juries hang there, about 6% in the US. Is a jury worth its cost in time?</source>
        <translation>Англия мен Уэльсте көпшілік дауыспен кесім кемінде екі сағат кеңескеннен кейін ғана қабылданады; онда алқабилер алқаларының шамамен 0,4%-ы шешімге келмейді, ал АҚШ-та — шамамен 6%-ы. Алқабилер соты өзіне жұмсалған уақытқа тұрарлық па?</translation>
    </message>
    <message>
        <source>No stance check yet: the what-if lab needs the members&apos; stances from at least two checks.</source>
        <translation>Әзірге ұстаным тексерілген жоқ: «не болар еді?» зертханасына мүшелердің кемінде екі тексерудегі ұстанымдары керек.</translation>
    </message>
    <message>
        <source>Only one member has given a stance: the what-if lab needs at least two members to learn who moved whom.</source>
        <translation>Ұстанымын тек бір мүше ғана білдірді: кім кімге әсер еткенін білу үшін зертханаға кемінде екі мүше керек.</translation>
    </message>
    <message>
        <source>Only one stance check so far: the what-if lab needs a second check to see who moved whom.</source>
        <translation>Әзірге тек бір ұстаным тексерілді: кім кімге әсер еткенін көру үшін зертханаға екінші тексеру керек.</translation>
    </message>
    <message>
        <source>No juror has given a stance, so Alqa cannot build a panel of jurors from this class.</source>
        <translation>Бірде-бір алқаби ұстанымын білдірмеді, сондықтан Alqa бұл сыныптан алқабилер алқасын құра алмайды.</translation>
    </message>
    <message>
        <source>Until then, the results below come from the faction model: the opening split and what juries usually do with it.</source>
        <translation>Оған дейін төмендегі нәтижелер топтар моделінен алынған: бастапқы бөлініс және алқалар әдетте онымен не істейтіні.</translation>
    </message>
    <message>
        <source>Unknown scenario “{scenario}”. Use no-judges, panel=J+L (for example 1+10), rule=MODEL, stubborn=X, equal-talk, open or secret.</source>
        <translation>«{scenario}» сценарийі белгісіз. no-judges, panel=J+L (мысалы, 1+10), rule=MODEL, stubborn=X, equal-talk, open немесе secret қолданыңыз.</translation>
    </message>
    <message>
        <source>“{panel}” is not a panel: write judges+jurors, with at least one juror and at most {limit} members.</source>
        <translation>«{panel}» алқа емес: судьялар+алқабилер деп жазыңыз, кемінде бір алқаби және ең көбі {limit} мүше.</translation>
    </message>
    <message>
        <source>Stubbornness must be a number from 0 to 10, not “{value}”.</source>
        <translation>Қырсықтық 0-ден 10-ға дейінгі сан болуы керек, «{value}» емес.</translation>
    </message>
    <message>
        <source>The number of runs must be a whole number from 1 to {limit}.</source>
        <translation>Жүгіртулер саны 1-ден {limit}-ге дейінгі бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>There is no court model “{model}”.</source>
        <translation>«{model}» сот моделі жоқ.</translation>
    </message>
    <message>
        <source>The opening split must be whole numbers of zero or more: guilty {guilty}, not guilty {not_guilty}, undecided {undecided}.</source>
        <translation>Бастапқы бөлініс нөл немесе одан көп бүтін сандар болуы керек: кінәлі {guilty}, кінәсіз {not_guilty}, шешпегендер {undecided}.</translation>
    </message>
    <message>
        <source>The class needs at least one member.</source>
        <translation>Сыныпта кемінде бір мүше болуы керек.</translation>
    </message>
    <message>
        <source>A class of {n} is too large for the faction model; at most {limit} members.</source>
        <translation>{n} мүшелі сынып топтар моделі үшін тым үлкен; ең көбі {limit} мүше.</translation>
    </message>
    <message>
        <source>A class of {n} cannot have {guilty} members at guilty and {undecided} undecided: the numbers must be whole, zero or more, and add up to at most the class.</source>
        <translation>{n} мүшелі сыныпта {guilty} мүше кінәлі деп бастап, {undecided} мүше шешпеген бола алмайды: сандар бүтін, нөл немесе одан көп болуы және қосындысы сыныптан аспауы керек.</translation>
    </message>
    <message>
        <source>as your class deliberated</source>
        <translation>сыныбыңыз талқылағандай</translation>
    </message>
    <message>
        <source>without the judges</source>
        <translation>судьяларсыз</translation>
    </message>
    <message>
        <source>judges: {judges}, jurors: {jurors}</source>
        <translation>судьялар: {judges}, алқабилер: {jurors}</translation>
    </message>
    <message>
        <source>stubbornness ×{factor}</source>
        <translation>қырсықтық ×{factor}</translation>
    </message>
    <message>
        <source>equal talk time</source>
        <translation>сөйлеу уақыты тең</translation>
    </message>
    <message>
        <source>open stance checks</source>
        <translation>ұстанымдарды ашық тексеру</translation>
    </message>
    <message>
        <source>secret stance checks</source>
        <translation>ұстанымдарды жасырын тексеру</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>The model explains your class&apos;s stance changes well (average error {error} on the scale from −1 to +1).</source>
        <translation>Модель сыныбыңыздың ұстаным өзгерістерін жақсы түсіндіреді (−1-ден +1-ге дейінгі шкалада орташа қате {error}).</translation>
    </message>
    <message>
        <source>The model explains your class&apos;s stance changes only roughly (average error {error} on the scale from −1 to +1).</source>
        <translation>Модель сыныбыңыздың ұстаным өзгерістерін шамамен ғана түсіндіреді (−1-ден +1-ге дейінгі шкалада орташа қате {error}).</translation>
    </message>
    <message>
        <source>The model explains your class&apos;s stance changes poorly (average error {error} on the scale from −1 to +1): read these results with care.</source>
        <translation>Модель сыныбыңыздың ұстаным өзгерістерін нашар түсіндіреді (−1-ден +1-ге дейінгі шкалада орташа қате {error}): бұл нәтижелерді сақтықпен оқыңыз.</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, the panel would most likely have convicted ({percent} %, 95 % interval {low}–{high} %).</source>
        <translation>«{scenario}» сценарийінде, {court} бойынша, алқа ең алдымен кінәлі деп табар еді ({percent} %, 95 % аралық {low}–{high} %).</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, the panel would most likely have acquitted ({percent} %, 95 % interval {low}–{high} %).</source>
        <translation>«{scenario}» сценарийінде, {court} бойынша, алқа ең алдымен ақтар еді ({percent} %, 95 % аралық {low}–{high} %).</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, the panel would most likely have reached no verdict ({percent} %, 95 % interval {low}–{high} %).</source>
        <translation>«{scenario}» сценарийінде, {court} бойынша, алқа ең алдымен кесімге келмес еді ({percent} %, 95 % аралық {low}–{high} %).</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, a panel that opens with your class&apos;s split usually convicts ({percent} %).</source>
        <translation>«{scenario}» сценарийінде, {court} бойынша, сыныбыңыздың бөлінісімен басталған алқа әдетте кінәлі деп табады ({percent} %).</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, a panel that opens with your class&apos;s split usually acquits ({percent} %).</source>
        <translation>«{scenario}» сценарийінде, {court} бойынша, сыныбыңыздың бөлінісімен басталған алқа әдетте ақтайды ({percent} %).</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, a panel that opens with your class&apos;s split most often reaches no verdict ({percent} %).</source>
        <translation>«{scenario}» сценарийінде, {court} бойынша, сыныбыңыздың бөлінісімен басталған алқа көбіне кесімге келмейді ({percent} %).</translation>
    </message>
    <message>
        <source>Your class&apos;s own verdict, {verdict}, comes out in {percent} % of the runs.</source>
        <translation>Сыныбыңыздың өз кесімі — {verdict} — жүгіртулердің {percent} %-ында шығады.</translation>
    </message>
    <message>
        <source>On average the panel would have needed {rounds} rounds to reach the court&apos;s rule.</source>
        <translation>Сот ережесіне жету үшін алқаға орта есеппен {rounds} раунд керек болар еді.</translation>
    </message>
    <message>
        <source>The judges hold {share} % of the final positions, against {seats} % of the seats.</source>
        <translation>Соңғы ұстанымдардың {share} %-ы судьяларға тиесілі, ал олардың орындардағы үлесі {seats} %.</translation>
    </message>
    <message>
        <source>Your class had no judges: each added judge is a copy of a juror drawn at random, because the model knows nothing about how a judge would act in your class.</source>
        <translation>Сыныбыңызда судьялар болған жоқ: әр қосылған судья — кездейсоқ таңдалған алқабидің көшірмесі, өйткені модель сыныбыңызда судья қалай әрекет ететінін білмейді.</translation>
    </message>
    <message>
        <source>This panel is smaller than your class&apos;s: in each run its members are drawn at random from yours.</source>
        <translation>Бұл алқа сыныбыңыздың алқасынан кіші: әр жүгіртуде оның мүшелері сіздердің мүшелеріңізден кездейсоқ таңдалады.</translation>
    </message>
    <message>
        <source>This panel is larger than your class&apos;s: in each run the extra members are copies of members drawn at random.</source>
        <translation>Бұл алқа сыныбыңыздың алқасынан үлкен: әр жүгіртуде қосымша мүшелер — кездейсоқ таңдалған мүшелердің көшірмелері.</translation>
    </message>
    <message>
        <source>Your class already checked stances openly, so open checks give the same as your class.</source>
        <translation>Сыныбыңыз ұстанымдарды ашық тексерген, сондықтан ашық тексеру сыныбыңыздағыдай нәтиже береді.</translation>
    </message>
    <message>
        <source>Your class checked stances openly; the model cannot tell conformity from persuasion, so secret checks give the same as your class.</source>
        <translation>Сыныбыңыз ұстанымдарды ашық тексерген; модель көпшілікке ілесуді сендіруден ажырата алмайды, сондықтан жасырын тексеру сыныбыңыздағыдай нәтиже береді.</translation>
    </message>
    <message>
        <source>No talk time was recorded, so equal talk time changes nothing.</source>
        <translation>Сөйлеу уақыты жазылмаған, сондықтан тең сөйлеу уақыты ештеңені өзгертпейді.</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Export the animation</source>
        <translation>Анимацияны экспорттау</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;Animated PNG (*.png)</source>
        <translation>Анимацияланған GIF (*.gif);;Анимацияланған PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved {file}: one picture per round (rounds: {rounds}).</source>
        <translation>{file} сақталды: әр турға бір сурет (турлар саны: {rounds}).</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG суреті (*.png);;SVG сызбасы (*.svg)</translation>
    </message>
    <message>
        <source>Width in pixels (the height follows):</source>
        <translation>Ені пиксельмен (биіктігі соған сай):</translation>
    </message>
    <message>
        <source>The chart could not be saved: {reason}</source>
        <translation>Диаграмманы сақтау мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Сақталды: {file}.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Charts and the selected member</source>
        <translation>Диаграммалар және таңдалған қатысушы</translation>
    </message>
    <message>
        <source>Export the &amp;animation…</source>
        <translation>Анимацияны &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export the &amp;chart…</source>
        <translation>&amp;Диаграмманы экспорттау…</translation>
    </message>
    <message>
        <source>Show on the &amp;projector (revealed rounds only)</source>
        <translation>Проектор&amp;да көрсету (тек ашылған турлар)</translation>
    </message>
    <message>
        <source>Show the network on the projector</source>
        <translation>Желіні проекторда көрсету</translation>
    </message>
</context>
<context>
    <name>NewSessionWizard</name>
    <message>
        <source>New session</source>
        <translation>Жаңа сеанс</translation>
    </message>
</context>
<context>
    <name>OpenCheckDialog</name>
    <message>
        <source>{seat}, {name}</source>
        <translation>{seat}, {name}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Stance of {who}</source>
        <translation>{who}: ұстанымы</translation>
    </message>
    <message>
        <source>Save the stances</source>
        <translation>Ұстанымдарды сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Quick open stance check: stances by a show of hands</source>
        <translation>Жылдам ашық сұрау: ұстанымдар қол көтеру арқылы</translation>
    </message>
    <message>
        <source>The stances could not be saved.</source>
        <translation>Ұстанымдарды сақтау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <source>Trial</source>
        <translation>Сот талқылауы</translation>
    </message>
    <message>
        <source>Judge&apos;s charge</source>
        <translation>Төрағаның сөзі</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Кеңесу</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Кесім</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Қорытынды талқылау</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <source>done</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>ағымдағы қадам</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>алда</translation>
    </message>
    <message>
        <source>{step}: {state}</source>
        <translation>{step}: {state}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>Мұғалімнің PIN коды</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>PIN коды тым көп рет қате енгізілді. {seconds} секундтан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN коды қате. Қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Not guilty at the start: {n}</source>
        <translation>Басында кінәсіз деп санайтындар: {n}</translation>
    </message>
    <message>
        <source>{n} members: {guilty} guilty, {undecided} undecided, {not_guilty} not guilty</source>
        <translation>Қатысушылар саны {n}: кінәлі — {guilty}, әлі шешпеген — {undecided}, кінәсіз — {not_guilty}</translation>
    </message>
    <message>
        <source>convicts</source>
        <translation>айыптау үкімін шығарады</translation>
    </message>
    <message>
        <source>acquits</source>
        <translation>ақтайды</translation>
    </message>
    <message>
        <source>reaches no verdict</source>
        <translation>шешімге келмейді</translation>
    </message>
    <message>
        <source>{court}: such a panel most often {outcome} ({percent}%).</source>
        <translation>{court}: мұндай алқа көбінесе {outcome} ({percent}%).</translation>
    </message>
    <message>
        <source>What such a panel would most often decide, court by court</source>
        <translation>Мұндай алқа әр сотта көбінесе қандай шешім шығарар еді</translation>
    </message>
    <message>
        <source>Plan a lesson: what would a class decide?</source>
        <translation>Сабақты жоспарлау: сынып қандай шешім шығарар еді?</translation>
    </message>
    <message>
        <source>Before you meet the class: say how many members deliberate and how they lean at the first stance check. The faction model (Davis; MacCoun and Kerr) gives the share of such panels that convict, acquit or reach no verdict under each court. It knows only the opening split, not the arguments.</source>
        <translation>Сыныппен кездеспес бұрын: қанша қатысушы кеңесетінін және ұстанымдарды алғаш сұрағанда олардың пікірі қалай бөлінетінін көрсетіңіз. Фракциялар моделі (Дэвис; МакКаун мен Керр) әр сотта мұндай алқалардың қаншасы айыптайтынын, ақтайтынын немесе шешімге келмейтінін көрсетеді. Модель дәлелдерді емес, тек бастапқы бөліністі біледі.</translation>
    </message>
    <message>
        <source>&amp;Members of the panel:</source>
        <translation>Алқа &amp;мүшелері:</translation>
    </message>
    <message>
        <source>At the start &amp;guilty:</source>
        <translation>Басында &amp;кінәлі:</translation>
    </message>
    <message>
        <source>At the start &amp;undecided:</source>
        <translation>Басында әлі &amp;шешпеген:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Verdicts per court</source>
        <translation>Әр сот бойынша кесімдер</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Exports will show the students&apos; names. Share them only where the students and their parents have agreed.</source>
        <translation>Экспортталған файлдарда оқушылардың аты-жөні көрсетіледі. Оларды тек оқушылар мен олардың ата-аналары келісім берген жағдайда ғана бөлісіңіз.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Екі PIN коды бірдей емес. Бір PIN кодын екі рет теріңіз.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN коды 4–12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <source>How the panel votes, and what leaves this laptop.</source>
        <translation>Алқаның дауыс беру тәсілі және осы ноутбуктен сыртқа не шығатыны.</translation>
    </message>
    <message>
        <source>&amp;Secret ballot: nobody can see who voted how</source>
        <translation>&amp;Жасырын дауыс беру: кімнің қалай дауыс бергенін ешкім көре алмайды</translation>
    </message>
    <message>
        <source>&amp;Open ballot: every ballot names its voter (for teaching)</source>
        <translation>Ашық &amp;дауыс беру: әр бюллетеньде дауыс берушінің аты көрсетіледі (оқыту үшін)</translation>
    </message>
    <message>
        <source>Personal voter &amp;codes</source>
        <translation>Жеке дауыс беру &amp;кодтары</translation>
    </message>
    <message>
        <source>&amp;Anonymous exports (names replaced by seats)</source>
        <translation>Анонимді &amp;экспорт (аттардың орнына орындар көрсетіледі)</translation>
    </message>
    <message>
        <source>Teacher &amp;PIN:</source>
        <translation>&amp;Мұғалімнің PIN коды:</translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation>PIN кодын &amp;қайталау:</translation>
    </message>
    <message>
        <source>Teacher PIN</source>
        <translation>Мұғалімнің PIN коды</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>Мұғалімнің PIN кодын қайталау</translation>
    </message>
    <message>
        <source>Leave empty to keep your teacher PIN</source>
        <translation>Мұғалімнің қазіргі PIN кодын қалдыру үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <source>4 to 12 digits, or leave empty for no PIN</source>
        <translation>4–12 цифр; PIN кодсыз жұмыс істеу үшін бос қалдырыңыз</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Setting up the court</source>
        <translation>Сот құрамы жасақталуда</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Сот талқылауы</translation>
    </message>
    <message>
        <source>Judge&apos;s charge</source>
        <translation>Төрағаның сөзі</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Кеңесу</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Кесім</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Қорытынды талқылау</translation>
    </message>
    <message>
        <source>Guilty</source>
        <translation>кінәлі</translation>
    </message>
    <message>
        <source>Not guilty</source>
        <translation>кінәсіз</translation>
    </message>
    <message>
        <source>The jury could not agree</source>
        <translation>алқабилер шешімге келмеді</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Кесім: {verdict}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Жауап жоқ</translation>
    </message>
    <message>
        <source>Question {n}: {answer}</source>
        <translation>{n}-сұрақ: {answer}</translation>
    </message>
    <message>
        <source>Alqa: projector</source>
        <translation>Alqa: проектор</translation>
    </message>
</context>
<context>
    <name>RecentSessionsModel</name>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Кезең</translation>
    </message>
</context>
<context>
    <name>ReplayPage</name>
    <message numerus="yes">
        <source>Before the first event (%n event(s) in all)</source>
        <translation>
            <numerusform>Алғашқы оқиғаға дейін (барлығы %n оқиға)</numerusform>
            <numerusform>Алғашқы оқиғаға дейін (барлығы %n оқиға)</numerusform>
        </translation>
    </message>
    <message>
        <source>Event {n} of {total} · {time} · {what}</source>
        <translation>{n}-оқиға (барлығы {total}) · {time} · {what}</translation>
    </message>
    <message>
        <source>Event {n} of {total} · {what}</source>
        <translation>{n}-оқиға (барлығы {total}) · {what}</translation>
    </message>
    <message>
        <source>The session has not been created yet.</source>
        <translation>Сеанс әлі құрылмаған.</translation>
    </message>
    <message>
        <source>Phase: {phase} · round {round} under way</source>
        <translation>Кезең: {phase} · {round}-тур жүріп жатыр</translation>
    </message>
    <message>
        <source>Phase: {phase} · round {round} ended</source>
        <translation>Кезең: {phase} · {round}-тур аяқталды</translation>
    </message>
    <message>
        <source>Phase: {phase} · vote {vote}</source>
        <translation>Кезең: {phase} · {vote}-дауыс беру</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>Кезең: {phase}</translation>
    </message>
    <message>
        <source>{case} · {court} · {date} · read-only replay of {file}: nothing here changes it.</source>
        <translation>{case} · {court} · {date} · {file} файлы тек оқу үшін ойнатылады: мұнда ештеңе өзгермейді.</translation>
    </message>
    <message>
        <source>Replay: {title}</source>
        <translation>Қайта ойнату: {title}</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Қайта ойнату</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>&amp;Уақыт сызығы:</translation>
    </message>
    <message>
        <source>Timeline: the event shown</source>
        <translation>Уақыт сызығы: көрсетілген оқиға</translation>
    </message>
    <message>
        <source>Arrows: one event. Page Up and Page Down: a phase or round. Home and End: the start and the end.</source>
        <translation>Көрсеткілер: бір оқиға. Page Up және Page Down: кезең немесе тур. Home және End: басы мен соңы.</translation>
    </message>
    <message>
        <source>◀◀ Phase or round</source>
        <translation>◀◀ Кезең не тур</translation>
    </message>
    <message>
        <source>Back to the previous phase or round</source>
        <translation>Алдыңғы кезеңге не турға оралу</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ А&amp;лдыңғы</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Алдыңғы оқиға</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Келесі ▶</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Келесі оқиға</translation>
    </message>
    <message>
        <source>Phase or round ▶▶</source>
        <translation>Кезең не тур ▶▶</translation>
    </message>
    <message>
        <source>On to the next phase or round</source>
        <translation>Келесі кезеңге не турға өту</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Басты бет</translation>
    </message>
    <message>
        <source>Close the replay and go home</source>
        <translation>Қайта ойнатуды жабу және басты бетке өту</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Жылдамдық:</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Баяу</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Жылдам</translation>
    </message>
    <message>
        <source>Speed of Play</source>
        <translation>Ойнату жылдамдығы</translation>
    </message>
    <message>
        <source>Tallies and verdict</source>
        <translation>Нәтиже мен кесім</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Tallies, charts and the selected member</source>
        <translation>Нәтиже, диаграммалар және таңдалған қатысушы</translation>
    </message>
    <message>
        <source>Choose a view</source>
        <translation>Көріністі таңдаңыз</translation>
    </message>
    <message>
        <source>❚❚ Pau&amp;se</source>
        <translation>❚❚ Кі&amp;дірту</translation>
    </message>
    <message>
        <source>▶ Pla&amp;y</source>
        <translation>▶ Ой&amp;нату</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
    <message>
        <source>Play the events</source>
        <translation>Оқиғаларды ойнату</translation>
    </message>
</context>
<context>
    <name>ReplayTallies</name>
    <message>
        <source>Stances shown to the class</source>
        <translation>Сыныпқа көрсетілген ұстанымдар</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Тур</translation>
    </message>
    <message>
        <source>Stances per round</source>
        <translation>Турлар бойынша ұстанымдар</translation>
    </message>
    <message>
        <source>The vote</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Tally of the vote</source>
        <translation>Дауыс беру нәтижесі</translation>
    </message>
    <message>
        <source>■ guilty</source>
        <translation>■ кінәлі</translation>
    </message>
    <message>
        <source>● not guilty</source>
        <translation>● кінәсіз</translation>
    </message>
    <message>
        <source>○ undecided</source>
        <translation>○ әлі шешпеген</translation>
    </message>
    <message>
        <source>Tallies and verdict</source>
        <translation>Нәтиже мен кесім</translation>
    </message>
    <message>
        <source>not shown: {answered}/{panel} answered</source>
        <translation>көрсетілмеген: {answered}/{panel} жауап берді</translation>
    </message>
    <message>
        <source>No vote yet.</source>
        <translation>Дауыс беру әлі болған жоқ.</translation>
    </message>
    <message>
        <source>Vote {no} was annulled.</source>
        <translation>{no}-дауыс беру жойылды.</translation>
    </message>
    <message>
        <source>Vote {no}: {voted} of {total} have voted; the ballots are not revealed yet.</source>
        <translation>{no}-дауыс беру: {total} адамнан {voted} адам дауыс берді; бюллетеньдер әлі ашылған жоқ.</translation>
    </message>
    <message>
        <source>Vote {no}: the ballots are revealed.</source>
        <translation>{no}-дауыс беру: бюллетеньдер ашылды.</translation>
    </message>
    <message>
        <source>Verdict: the jury could not agree (hung jury)</source>
        <translation>Кесім: алқабилер шешімге келмеді</translation>
    </message>
    <message>
        <source>Verdict: ■ guilty</source>
        <translation>Кесім: ■ кінәлі</translation>
    </message>
    <message>
        <source>Verdict: ● not guilty</source>
        <translation>Кесім: ● кінәсіз</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Кесім әлі жоқ</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Member {n}</source>
        <translation>{n}-қатысушы</translation>
    </message>
    <message>
        <source>Guilty</source>
        <translation>кінәлі</translation>
    </message>
    <message>
        <source>Not guilty</source>
        <translation>кінәсіз</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>шығарылмады</translation>
    </message>
    <message>
        <source>The case in brief</source>
        <translation>Іс қысқаша</translation>
    </message>
    <message>
        <source>The panel</source>
        <translation>Сот құрамы мен қатысушылар</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Оқиғалар хронологиясы</translation>
    </message>
    <message>
        <source>Tallies and verdict</source>
        <translation>Дауыс санау және кесім</translation>
    </message>
    <message>
        <source>What the other courts would have decided</source>
        <translation>Басқа соттар қандай шешім шығарар еді</translation>
    </message>
    <message>
        <source>The influence network</source>
        <translation>Ықпал желісі</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>Қорытынды талқылауға арналған сұрақтар</translation>
    </message>
    <message>
        <source>What if? The deliberation under other panels and courts</source>
        <translation>Егер де…? Кеңесу басқа құрамдар мен соттарда</translation>
    </message>
    <message>
        <source>{court} · {date} · made with Alqa {version}</source>
        <translation>{court} · {date} · Alqa {version} бағдарламасында жасалған</translation>
    </message>
    <message>
        <source>This report shows the participants&apos; real names. Share it only with people allowed to see them.</source>
        <translation>Бұл есепте қатысушылардың шын аттары көрсетілген. Оны тек көруге рұқсаты бар адамдармен бөлісіңіз.</translation>
    </message>
    <message>
        <source>Participants are called by their seats, not by their names.</source>
        <translation>Қатысушылар аты-жөнімен емес, орны бойынша аталады.</translation>
    </message>
    <message>
        <source>Defendant:</source>
        <translation>Сотталушы:</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>Айыптаулар:</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Судьялар</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Алқабилер</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>Қосалқы алқабилер</translation>
    </message>
    <message>
        <source>Also in the courtroom</source>
        <translation>Сот залындағы басқа қатысушылар</translation>
    </message>
    <message>
        <source>{seat}: {name}</source>
        <translation>{seat}: {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>The trial</source>
        <translation>Сот талқылауы</translation>
    </message>
    <message>
        <source>The judge&apos;s charge</source>
        <translation>Төрағаның сөзі</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Кеңесу</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>The verdict</source>
        <translation>Кесім</translation>
    </message>
    <message>
        <source>Sentencing</source>
        <translation>Жаза тағайындау</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Қорытынды талқылау</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Сеанс аяқталды</translation>
    </message>
    <message>
        <source>Deliberation round {no} begins</source>
        <translation>Кеңесудің {no}-туры басталды</translation>
    </message>
    <message>
        <source>Stances of round {no} shown</source>
        <translation>{no}-турдағы ұстанымдар ашылды</translation>
    </message>
    <message>
        <source>Vote {no} opens</source>
        <translation>№ {no} дауыс беру ашылды</translation>
    </message>
    <message>
        <source>Vote {no}: ballots revealed</source>
        <translation>№ {no} дауыс беру: бюллетеньдер ашылды</translation>
    </message>
    <message>
        <source>Vote {no} annulled</source>
        <translation>№ {no} дауыс берудің күші жойылды</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Кесім: {verdict}</translation>
    </message>
    <message>
        <source>The jury could not agree (hung jury)</source>
        <translation>алқабилер шешімге келмеді</translation>
    </message>
    <message>
        <source>Sentence passed</source>
        <translation>Жаза тағайындалды</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Әзірге ештеңе болған жоқ.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Уақыт (UTC)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>No vote has been revealed.</source>
        <translation>Дауыс беру нәтижелері әлі ашылған жоқ.</translation>
    </message>
    <message>
        <source>Vote {no}</source>
        <translation>№ {no} дауыс беру</translation>
    </message>
    <message>
        <source>Vote {no} (annulled)</source>
        <translation>№ {no} дауыс беру (күші жойылған)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>Жаза:</translation>
    </message>
    <message>
        <source>There is no verdict to compare yet.</source>
        <translation>Салыстыратын кесім әлі жоқ.</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>What it would decide</source>
        <translation>Қандай шешім шығарар еді</translation>
    </message>
    <message>
        <source>How the ballots were fitted</source>
        <translation>Бюллетеньдер қалай бейімделді</translation>
    </message>
    <message>
        <source>The panel has not deliberated yet.</source>
        <translation>Құрам әлі кеңескен жоқ.</translation>
    </message>
    <message>
        <source>Arrows point from the member whose arguments moved someone to the member moved; solid arrows were reported by the members, dashed ones inferred from the stances. Guilty: orange square; not guilty: blue circle; undecided: grey ring.</source>
        <translation>Көрсеткілер дәлелдері біреуге ықпал еткен қатысушыдан сол ықпалды қабылдаған қатысушыға қарай бағытталған; тұтас көрсеткілерді қатысушылардың өздері атаған, ал үзік көрсеткілер ұстанымдар бойынша есептелген. Кінәлі: қызғылт сары шаршы; кінәсіз: көк дөңгелек; әлі шешпеген: сұр сақина.</translation>
    </message>
    <message>
        <source>Influence network</source>
        <translation>Ықпал желісі</translation>
    </message>
    <message>
        <source>Talk (min)</source>
        <translation>Сөйлеу уақыты (мин)</translation>
    </message>
    <message>
        <source>Judges&apos; share of influence</source>
        <translation>Судьялардың ықпал үлесі</translation>
    </message>
    <message>
        <source>Judges&apos; share of seats</source>
        <translation>Құрамдағы судьялар үлесі</translation>
    </message>
    <message>
        <source>Two-way links</source>
        <translation>Екі жақты байланыстар</translation>
    </message>
    <message>
        <source>Inequality of talk time</source>
        <translation>Сөйлеу уақытының теңсіздігі</translation>
    </message>
    <message>
        <source>Never moved</source>
        <translation>Ұстанымын өзгертпегендер</translation>
    </message>
    <message>
        <source>Never spoke</source>
        <translation>Сөйлемегендер</translation>
    </message>
    <message>
        <source>Average opinion</source>
        <translation>Орташа пікір</translation>
    </message>
    <message>
        <source>Polarization</source>
        <translation>Пікірлер алшақтығы</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Келісім деңгейі</translation>
    </message>
    <message>
        <source>The whole deliberation</source>
        <translation>Бүкіл кеңесу бойынша</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Нені білдіреді</translation>
    </message>
    <message>
        <source>Each member</source>
        <translation>Әр қатысушы бойынша</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Questions for the class, each with this session&apos;s own numbers and what research on real juries says.</source>
        <translation>Сыныпқа арналған сұрақтар: әрқайсысында осы сеанстың өз сандары және нақты алқабилер соттары туралы зерттеулердің не дейтіні берілген.</translation>
    </message>
    <message>
        <source>A model of who moved whom, fitted to this class&apos;s stance checks (docs/what-if.md), replays the deliberation under other panels; each court&apos;s rule then decides on the simulated stances.</source>
        <translation>Кім кімге ықпал еткенін сипаттайтын модель осы сыныптағы ұстанымдарды сұрау нәтижелеріне бейімделіп (docs/what-if.md), кеңесуді басқа құрамдарда қайталайды; содан кейін әр соттың ережесі модельдегі ұстанымдар бойынша шешім шығарады.</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>кінәлі</translation>
    </message>
    <message>
        <source>not guilty</source>
        <translation>кінәсіз</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>кесім жоқ</translation>
    </message>
    <message>
        <source>{verdict} ({percent}%)</source>
        <translation>{verdict} ({percent}%)</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Witness: {name}</source>
        <translation>Куә: {name}</translation>
    </message>
    <message>
        <source>Judge {n}</source>
        <translation>{n}-судья</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Defence counsel</source>
        <translation>Қорғаушы</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Сотталушы</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Сот отырысының хатшысы</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ешкім)</translation>
    </message>
    <message>
        <source>The other roles</source>
        <translation>Басқа рөлдер</translation>
    </message>
    <message>
        <source>Choose who plays each role, or draw them. Everyone else watches from the gallery.</source>
        <translation>Әр рөлді кім ойнайтынын таңдаңыз немесе рөлдерді жеребе арқылы бөліңіз. Қалғандардың бәрі көрермендер орнынан бақылайды.</translation>
    </message>
    <message>
        <source>&amp;Draw the empty roles</source>
        <translation>&amp;Бос рөлдерді жеребе арқылы бөлу</translation>
    </message>
    <message>
        <source>Draw the empty roles</source>
        <translation>Бос рөлдерді жеребе арқылы бөлу</translation>
    </message>
</context>
<context>
    <name>SeatMap</name>
    <message>
        <source>Bench</source>
        <translation>Судьялар орны</translation>
    </message>
    <message>
        <source>Clerk&apos;s desk</source>
        <translation>Хатшы орны</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <translation>Айыптау тарапы</translation>
    </message>
    <message>
        <source>Witness stand</source>
        <translation>Куәлар мінбері</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>Қорғау тарапы</translation>
    </message>
    <message>
        <source>Jury box</source>
        <translation>Алқабилер орындығы</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>Қосалқы алқабилер</translation>
    </message>
    <message>
        <source>Public gallery</source>
        <translation>Көрермендер орны</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Nobody is watching.</source>
        <translation>Көрермен жоқ.</translation>
    </message>
    <message>
        <source>Public gallery: {names}</source>
        <translation>Көрермендер орны: {names}</translation>
    </message>
    <message>
        <source>Witness {n}</source>
        <translation>{n}-куә</translation>
    </message>
    <message>
        <source>Judge {n}</source>
        <translation>{n}-судья</translation>
    </message>
    <message>
        <source>Juror {n}</source>
        <translation>{n}-алқаби</translation>
    </message>
    <message>
        <source>Reserve {n}</source>
        <translation>{n}-қосалқы алқаби</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Defence counsel</source>
        <translation>Қорғаушы</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Сотталушы</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Сот отырысының хатшысы</translation>
    </message>
</context>
<context>
    <name>SentencePanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Sentence: {sentence}</source>
        <translation>Жаза: {sentence}</translation>
    </message>
    <message>
        <source>Sentence proposed by {name}</source>
        <translation>{name} ұсынған жаза</translation>
    </message>
    <message>
        <source>Round {n}: {rule}</source>
        <translation>{n}-тур: {rule}</translation>
    </message>
    <message>
        <source>In this court the judges and the jurors decide the sentence together. Record each member&apos;s proposal, then count the round.</source>
        <translation>Бұл сотта жазаны судьялар мен алқабилер бірге шешеді. Құрамның әр мүшесі ұсынған жазаны белгілеңіз, содан кейін тур дауыстарын есептеңіз.</translation>
    </message>
    <message>
        <source>In this court the judge alone gives the sentence.</source>
        <translation>Бұл сотта жазаны тек судья тағайындайды.</translation>
    </message>
    <message>
        <source>The judge&apos;s &amp;sentence:</source>
        <translation>Судья тағайындаған &amp;жаза:</translation>
    </message>
    <message>
        <source>&amp;Years in prison (0: none):</source>
        <translation>Бас бостандығынан айыру &amp;мерзімі, жыл (0 — жоқ):</translation>
    </message>
    <message>
        <source>&amp;Count the round</source>
        <translation>Тур дауыстарын &amp;есептеу</translation>
    </message>
    <message>
        <source>&amp;Record the sentence</source>
        <translation>Жазаны ті&amp;ркеу</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>&amp;Қорытынды талқылауға өту</translation>
    </message>
    <message>
        <source>The judge&apos;s sentence</source>
        <translation>Судья тағайындаған жаза</translation>
    </message>
    <message>
        <source>Years in prison</source>
        <translation>Бас бостандығынан айыру мерзімі, жыл</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Екі PIN коды бірдей емес. Бір PIN кодын екі рет теріңіз.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN коды 4–12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Т&amp;ақырып:</translation>
    </message>
    <message>
        <source>Projector &amp;mode:</source>
        <translation>Проектор &amp;режимі:</translation>
    </message>
    <message>
        <source>Teacher &amp;PIN:</source>
        <translation>&amp;Мұғалімнің PIN коды:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN кодын &amp;қайталау:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Large text for a projector</source>
        <translation>Проекторға арналған үлкен мәтін</translation>
    </message>
    <message>
        <source>Teacher PIN</source>
        <translation>Мұғалімнің PIN коды</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>Мұғалімнің PIN кодын қайталау</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <source>Large text (at least 24 pt)</source>
        <translation>Үлкен мәтін (кемінде 24 пт)</translation>
    </message>
    <message>
        <source>Type a new PIN to change it</source>
        <translation>Жаңа PIN кодын теріңіз</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4–12 цифр</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>PIN кодын алып тастау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>StanceCheck</name>
    <message>
        <source>Guilty</source>
        <translation>Кінәлі</translation>
    </message>
    <message>
        <source>Not guilty</source>
        <translation>Кінәсіз</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Әлі шешпеген</translation>
    </message>
    <message>
        <source>{seat}, {name}</source>
        <translation>{seat}, {name}</translation>
    </message>
    <message>
        <source>Recorded. Pass the laptop to {seat}, {name}.</source>
        <translation>Жауабыңыз жазылды. Ноутбукті мына қатысушыға беріңіз: {seat}, {name}.</translation>
    </message>
    <message>
        <source>Pass the laptop to {seat}, {name}.</source>
        <translation>Ноутбукті мына қатысушыға беріңіз: {seat}, {name}.</translation>
    </message>
    <message>
        <source>I am {name}</source>
        <translation>Мен — {name}</translation>
    </message>
    <message>
        <source>Everyone has answered. Give the laptop back to the teacher.</source>
        <translation>Барлығы жауап берді. Ноутбукті мұғалімге қайтарыңыз.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>toward guilty</source>
        <translation>кінәлілік жағына</translation>
    </message>
    <message>
        <source>toward acquittal</source>
        <translation>ақтау жағына</translation>
    </message>
    <message>
        <source>Did {who} move you?</source>
        <translation>{who}: сізге ықпал етті ме?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close the stance check</source>
        <translation>Жасырын сұрауды жабу</translation>
    </message>
    <message>
        <source>What do you think now?</source>
        <translation>Қазір қалай ойлайсыз?</translation>
    </message>
    <message>
        <source>&amp;Guilty</source>
        <translation>&amp;Кінәлі</translation>
    </message>
    <message>
        <source>&amp;Not guilty</source>
        <translation>Кінәсі&amp;з</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>&amp;Әлі шешпедім</translation>
    </message>
    <message>
        <source>How &amp;sure are you?</source>
        <translation>&amp;Қаншалықты сенімдісіз?</translation>
    </message>
    <message>
        <source>How sure are you?</source>
        <translation>Қаншалықты сенімдісіз?</translation>
    </message>
    <message>
        <source>How sure, 0 to 100</source>
        <translation>Сенімділік деңгейі, 0-ден 100-ге дейін</translation>
    </message>
    <message>
        <source>Whose arguments moved you? Name only those who did.</source>
        <translation>Кімнің дәлелдері сізге ықпал етті? Тек ықпал еткендерді ғана белгілеңіз.</translation>
    </message>
    <message>
        <source>Whose arguments moved you?</source>
        <translation>Кімнің дәлелдері сізге ықпал етті?</translation>
    </message>
    <message>
        <source>&amp;Back: this is not me</source>
        <translation>&amp;Артқа: бұл мен емеспін</translation>
    </message>
    <message>
        <source>Back: this is not me</source>
        <translation>Артқа: бұл мен емеспін</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save my answer</source>
        <translation>Жауабымды сақтау</translation>
    </message>
    <message>
        <source>This answer could not be saved. Ask the teacher.</source>
        <translation>Бұл жауапты сақтау мүмкін емес. Мұғалімнен көмек сұраңыз.</translation>
    </message>
</context>
<context>
    <name>TrialPanel</name>
    <message>
        <source>Opening statements</source>
        <translation>Тараптардың кіріспе сөздері</translation>
    </message>
    <message>
        <source>Closing arguments</source>
        <translation>Тараптардың жарыссөзі</translation>
    </message>
    <message>
        <source>Evidence: {title}</source>
        <translation>Дәлелдеме: {title}</translation>
    </message>
    <message>
        <source>Witness: {name}</source>
        <translation>Куә: {name}</translation>
    </message>
    <message>
        <source>‖ Paused: objection</source>
        <translation>‖ Кідіртілді: қарсылық</translation>
    </message>
    <message>
        <source>▶ Running</source>
        <translation>▶ Жүріп жатыр</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Аяқталды</translation>
    </message>
    <message>
        <source>○ To come</source>
        <translation>○ Алда</translation>
    </message>
    <message>
        <source>Called by the prosecution.</source>
        <translation>Айыптау тарапының куәсі.</translation>
    </message>
    <message>
        <source>Called by the defence.</source>
        <translation>Қорғау тарапының куәсі.</translation>
    </message>
    <message>
        <source>The prosecution says what it will prove, then the defence answers.

{summary}</source>
        <translation>Айыптау тарапы нені дәлелдейтінін айтады, содан кейін қорғау тарапы жауап береді.

{summary}</translation>
    </message>
    <message>
        <source>The prosecution sums up first; the defence speaks last.</source>
        <translation>Алдымен айыптау тарапы сөз алады, ал ең соңында қорғау тарапы сөйлейді.</translation>
    </message>
    <message>
        <source>No stage is running. Choose one in the list and start it.</source>
        <translation>Ешбір кезең жүріп жатқан жоқ. Тізімнен кезеңді таңдап, оны бастаңыз.</translation>
    </message>
    <message>
        <source>Objection by the prosecution: the clock is paused until the judge rules.</source>
        <translation>Айыптау тарапының қарсылығы: судья шешім шығарғанша уақыт тоқтатылды.</translation>
    </message>
    <message>
        <source>Objection by the defence: the clock is paused until the judge rules.</source>
        <translation>Қорғау тарапының қарсылығы: судья шешім шығарғанша уақыт тоқтатылды.</translation>
    </message>
    <message>
        <source>Running: {stage}</source>
        <translation>Жүріп жатыр: {stage}</translation>
    </message>
    <message>
        <source>Stage time {time}</source>
        <translation>Кезең уақыты: {time}</translation>
    </message>
    <message>
        <source>&amp;Start the stage</source>
        <translation>К&amp;езеңді бастау</translation>
    </message>
    <message>
        <source>&amp;End the stage</source>
        <translation>Кезеңді а&amp;яқтау</translation>
    </message>
    <message>
        <source>Objection by the p&amp;rosecution</source>
        <translation>&amp;Айыптау тарапының қарсылығы</translation>
    </message>
    <message>
        <source>Objection by the &amp;defence</source>
        <translation>&amp;Қорғау тарапының қарсылығы</translation>
    </message>
    <message>
        <source>S&amp;ustained</source>
        <translation>Қа&amp;нағаттандыру</translation>
    </message>
    <message>
        <source>&amp;Overruled</source>
        <translation>Қабы&amp;лдамау</translation>
    </message>
    <message>
        <source>Sho&amp;w on the projector</source>
        <translation>Проекторда кө&amp;рсету</translation>
    </message>
    <message>
        <source>Go to the judge&apos;s &amp;charge</source>
        <translation>Төрағаның сөзіне &amp;өту</translation>
    </message>
    <message>
        <source>&amp;Trial stages:</source>
        <translation>&amp;Сот талқылауының кезеңдері:</translation>
    </message>
    <message>
        <source>Trial stages</source>
        <translation>Сот талқылауының кезеңдері</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>&amp;Notes on this stage (saved when it ends):</source>
        <translation>&amp;Осы кезең бойынша жазбалар (кезең аяқталғанда сақталады):</translation>
    </message>
    <message>
        <source>Notes on this stage</source>
        <translation>Осы кезең бойынша жазбалар</translation>
    </message>
    <message>
        <source>Te&amp;xt to read out:</source>
        <translation>Оқып беретін &amp;мәтін:</translation>
    </message>
    <message>
        <source>Text to read out</source>
        <translation>Оқып беретін мәтін</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Guilty</source>
        <translation>кінәлі</translation>
    </message>
    <message>
        <source>Not guilty</source>
        <translation>кінәсіз</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Кесім: {verdict}</translation>
    </message>
    <message>
        <source>The jury could not agree (hung jury)</source>
        <translation>алқабилер шешімге келмеді</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Жауап жоқ</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>What it would decide</source>
        <translation>Қандай шешім шығарар еді</translation>
    </message>
    <message>
        <source>How the ballots were fitted</source>
        <translation>Бюллетеньдер қалай бейімделді</translation>
    </message>
    <message>
        <source>Under the other courts</source>
        <translation>Басқа соттарда</translation>
    </message>
    <message>
        <source>The rule that decided, and the other courts</source>
        <translation>Шешуші ереже және басқа соттар</translation>
    </message>
    <message>
        <source>Go to the &amp;sentence</source>
        <translation>&amp;Жаза тағайындауға өту</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>&amp;Қорытынды талқылауға өту</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Vote {no}: {voted} of {total} have voted.</source>
        <translation>№ {no} дауыс беру: {total} адамнан {voted} адам дауыс берді.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Revealing the ballots needs the teacher PIN.</source>
        <translation>Дауыстарды ашу үшін мұғалімнің PIN кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Annul the vote</source>
        <translation>Дауыс берудің күшін жою</translation>
    </message>
    <message>
        <source>Why is the whole vote annulled? (It is recorded.)</source>
        <translation>Бүкіл дауыс берудің күші неліктен жойылады? (Себебі жазылып қалады.)</translation>
    </message>
    <message>
        <source>Annulling a vote needs the teacher PIN.</source>
        <translation>Дауыс берудің күшін жою үшін мұғалімнің PIN кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Continue the vote</source>
        <translation>Дауыс беруді жалғастыру</translation>
    </message>
    <message>
        <source>Reveal the ballots…</source>
        <translation>Дауыстарды ашу…</translation>
    </message>
    <message>
        <source>Annul the vote…</source>
        <translation>Дауыс берудің күшін жою…</translation>
    </message>
    <message>
        <source>Announce the verdict</source>
        <translation>Кесімді жариялау</translation>
    </message>
    <message>
        <source>Back to deliberation</source>
        <translation>Кеңесуге қайту</translation>
    </message>
    <message>
        <source>Declare a hung jury</source>
        <translation>Алқабилер шешімге келмеді деп жариялау</translation>
    </message>
    <message>
        <source>Tally and the rule that decides</source>
        <translation>Дауыс беру нәтижесі және шешуші ереже</translation>
    </message>
</context>
</TS>
