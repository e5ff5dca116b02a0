<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Alqa</source>
        <translation>О программе Alqa</translation>
    </message>
    <message>
        <source>Alqa {version}</source>
        <translation>Alqa {version}</translation>
    </message>
    <message>
        <source>Classroom mock trials: jury selection, deliberation, secret ballots on one laptop, and the influence network.</source>
        <translation>Учебные суды в классе: отбор присяжных, совещание, тайное голосование на одном ноутбуке и сеть влияния.</translation>
    </message>
    <message>
        <source>Alqa is free software under the MIT licence. It is built with these components, each under its own licence:</source>
        <translation>Alqa — свободная программа под лицензией MIT. Она построена на этих компонентах, у каждого своя лицензия:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries sit as separate files in Alqa&apos;s folder, and you may replace them with your own build.</source>
        <translation>Qt и PySide6 используются по лицензии GNU LGPL версии 3: их библиотеки лежат отдельными файлами в папке Alqa, и их можно заменить собственной сборкой.</translation>
    </message>
    <message>
        <source>Sessions and settings are kept in {folder}.</source>
        <translation>Сессии и настройки хранятся здесь: {folder}.</translation>
    </message>
    <message>
        <source>(Portable mode: a file named &apos;portable&apos; lies beside the program.)</source>
        <translation>(Переносной режим: рядом с программой лежит файл &apos;portable&apos;.)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>О Qt</translation>
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
        <translation>Что-то пошло не так. Всё до вашего последнего шага сохранено.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>BallotCards</name>
    <message>
        <source>Judge {n}</source>
        <translation>Судья №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Juror {n}</source>
        <translation>Присяжный №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Reserve {n}</source>
        <translation>Запасной №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Ballot card</source>
        <translation>Карточка для голосования</translation>
    </message>
    <message>
        <source>Your voter code: {code}</source>
        <translation>Ваш код для голосования: {code}</translation>
    </message>
    <message>
        <source>Keep this card to yourself. Type the code when the laptop comes to you.</source>
        <translation>Никому не показывайте эту карточку. Введите код, когда ноутбук дойдёт до вас.</translation>
    </message>
    <message>
        <source>Ballot cards</source>
        <translation>Карточки для голосования</translation>
    </message>
</context>
<context>
    <name>BallotWindow</name>
    <message>
        <source>Everyone has voted. Give the laptop back to the teacher.</source>
        <translation>Все проголосовали. Верните ноутбук учителю.</translation>
    </message>
    <message>
        <source>Pass the laptop to {seat}, {name}.</source>
        <translation>Передайте ноутбук участнику: {seat}, {name}.</translation>
    </message>
    <message>
        <source>I am {name}</source>
        <translation>Я — {name}</translation>
    </message>
    <message>
        <source>No ballot card was printed for this voter. Ask the teacher.</source>
        <translation>Для этого участника карточка для голосования не напечатана. Обратитесь к учителю.</translation>
    </message>
    <message>
        <source>That is not the code on your ballot card. Try again.</source>
        <translation>Код не совпадает с кодом на вашей карточке. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Question {n} of {total}: {text}</source>
        <translation>Вопрос {n} из {total}: {text}</translation>
    </message>
    <message>
        <source>Yes, it is proven</source>
        <translation>Да, доказано</translation>
    </message>
    <message>
        <source>No, it is not proven</source>
        <translation>Нет, не доказано</translation>
    </message>
    <message>
        <source>Yes, deserves leniency</source>
        <translation>Да, заслуживает снисхождения</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Yes, guilty</source>
        <translation>Да, виновен</translation>
    </message>
    <message>
        <source>No, not guilty</source>
        <translation>Нет, не виновен</translation>
    </message>
    <message>
        <source>Blank ballot</source>
        <translation>Пустой бюллетень</translation>
    </message>
    <message>
        <source>Question {n}: {answer}</source>
        <translation>Вопрос {n}: {answer}</translation>
    </message>
    <message>
        <source>The vote was not recorded. Vote again.</source>
        <translation>Голос не учтён. Проголосуйте ещё раз.</translation>
    </message>
    <message>
        <source>Your vote is recorded. Pass the laptop to {seat}, {name}.</source>
        <translation>Ваш голос учтён. Передайте ноутбук участнику: {seat}, {name}.</translation>
    </message>
    <message>
        <source>Your vote is recorded.</source>
        <translation>Ваш голос учтён.</translation>
    </message>
    <message>
        <source>Judge {n}</source>
        <translation>судья №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Juror {n}</source>
        <translation>присяжный №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Leaving ballot mode needs the teacher PIN.</source>
        <translation>Чтобы выйти из режима голосования, введите PIN-код учителя.</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Open vote: your name is recorded with your ballot.</source>
        <translation>Открытое голосование: в бюллетене будет указано ваше имя.</translation>
    </message>
    <message>
        <source>Secret ballot: nobody can see how you vote.</source>
        <translation>Тайное голосование: никто не увидит, как вы голосуете.</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Проголосовать</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Изменить ответ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Leave ballot mode…</source>
        <translation>Выйти из режима голосования…</translation>
    </message>
    <message>
        <source>Your voter code</source>
        <translation>Ваш код для голосования</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Is it proven that the act described in the charge took place?</source>
        <translation>Доказано ли, что имело место деяние, описанное в обвинении?</translation>
    </message>
    <message>
        <source>Is it proven that the defendant committed this act?</source>
        <translation>Доказано ли, что это деяние совершил подсудимый?</translation>
    </message>
    <message>
        <source>Is the defendant guilty of committing this act?</source>
        <translation>Виновен ли подсудимый в совершении этого деяния?</translation>
    </message>
    <message>
        <source>Is the defendant guilty of the charge as described?</source>
        <translation>Виновен ли подсудимый по предъявленному обвинению?</translation>
    </message>
    <message>
        <source>If the defendant is found guilty, do they deserve leniency?</source>
        <translation>Если подсудимый будет признан виновным, заслуживает ли он снисхождения?</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Деяние</translation>
    </message>
    <message>
        <source>Doer</source>
        <translation>Причастность</translation>
    </message>
    <message>
        <source>Guilt</source>
        <translation>Виновность</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общий</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Подсудимый</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Потерпевший</translation>
    </message>
    <message>
        <source>Judge&apos;s charge</source>
        <translation>Напутственное слово</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Text of charge {number}</source>
        <translation>Текст обвинения №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Article of charge {number}</source>
        <translation>Статья обвинения №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Id of charge {number}</source>
        <translation>Идентификатор обвинения №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Title of evidence item {number}</source>
        <translation>Название доказательства №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Description of evidence item {number}</source>
        <translation>Описание доказательства №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Which way evidence item {number} points</source>
        <translation>На что указывает доказательство №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Picture of evidence item {number}</source>
        <translation>Изображение доказательства №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Id of evidence item {number}</source>
        <translation>Идентификатор доказательства №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Name of witness {number}</source>
        <translation>Имя свидетеля №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Statement of witness {number}</source>
        <translation>Показания свидетеля №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Who calls witness {number}</source>
        <translation>Кто вызывает свидетеля №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Id of witness {number}</source>
        <translation>Идентификатор свидетеля №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Вопрос №&#xa0;{number}</translation>
    </message>
    <message>
        <source>Case editor: {title}</source>
        <translation>Редактор дела: {title}</translation>
    </message>
    <message>
        <source>Case editor: new case</source>
        <translation>Редактор дела: новое дело</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(ещё не написано)</translation>
    </message>
    <message>
        <source>The picture cannot be shown.</source>
        <translation>Не удалось показать изображение.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <source>Picture of the evidence item</source>
        <translation>Изображение доказательства</translation>
    </message>
    <message>
        <source>“{field}” holds at most {limit} characters; the rest was left out.</source>
        <translation>Поле «{field}»: допустимое число символов — {limit}; остальное отброшено.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Выбрать изображение</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This picture is larger than 1 MB. Choose a smaller one.</source>
        <translation>Это изображение больше 1 МБ. Выберите изображение поменьше.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Не удалось прочитать этот файл.</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG picture.</source>
        <translation>Этот файл не является изображением PNG или JPEG.</translation>
    </message>
    <message>
        <source>The standard questions are not yet available in this language ({language}). Write the questions yourself.</source>
        <translation>На этом языке ({language}) стандартных вопросов пока нет. Напишите вопросы сами.</translation>
    </message>
    <message>
        <source>Fill in the standard questions</source>
        <translation>Вставить стандартные вопросы</translation>
    </message>
    <message>
        <source>Empty questions were filled in. Check that they fit the case.</source>
        <translation>Пустые вопросы заполнены. Проверьте, подходят ли они к делу.</translation>
    </message>
    <message>
        <source>✓ The case is complete and can be saved.</source>
        <translation>✓ Дело заполнено полностью, его можно сохранить.</translation>
    </message>
    <message>
        <source>The case was not saved: {problem}</source>
        <translation>Дело не сохранено: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to this case?</source>
        <translation>Сохранить изменения в этом деле?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>The texts are edited one language at a time; the texts in the other languages are kept. The case is offered in every language that has a title.</source>
        <translation>Тексты редактируются на одном языке за раз; тексты на других языках сохраняются без изменений. Дело предлагается на каждом языке, на котором у него есть название.</translation>
    </message>
    <message>
        <source>What the presiding judge tells the jury before they retire: the charge, the law, the evidence both ways, the presumption of innocence, and who must prove what, in plain words.</source>
        <translation>Что председательствующий говорит присяжным перед их удалением в совещательную комнату: обвинение, закон, доказательства за и против подсудимого, презумпция невиновности и кто что должен доказать — простыми словами.</translation>
    </message>
    <message>
        <source>Courts in Kazakhstan and Russia ask three questions for each charge: the act, the doer and the guilt. Courts in England and Wales, the United States, France and Japan ask one general question. Russia may add a question on leniency.</source>
        <translation>Суды Казахстана и России ставят по каждому обвинению три вопроса: о деянии, о причастности подсудимого и о его виновности. Суды Англии и Уэльса, США, Франции и Японии ставят один общий вопрос. В России может добавляться вопрос о снисхождении.</translation>
    </message>
    <message>
        <source>Editing &amp;language:</source>
        <translation>&amp;Язык правки:</translation>
    </message>
    <message>
        <source>Editing language</source>
        <translation>Язык правки</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Кра&amp;ткое содержание:</translation>
    </message>
    <message>
        <source>De&amp;fendant:</source>
        <translation>Подс&amp;удимый:</translation>
    </message>
    <message>
        <source>&amp;Victim (optional):</source>
        <translation>Пот&amp;ерпевший (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Text of the charge:</source>
        <translation>&amp;Текст обвинения:</translation>
    </message>
    <message>
        <source>Text of the charge</source>
        <translation>Текст обвинения</translation>
    </message>
    <message>
        <source>Article (&amp;optional):</source>
        <translation>Ст&amp;атья (необязательно):</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Title of the evidence item</source>
        <translation>Название доказательства</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Оп&amp;исание:</translation>
    </message>
    <message>
        <source>Description of the evidence item</source>
        <translation>Описание доказательства</translation>
    </message>
    <message>
        <source>Poi&amp;nts to:</source>
        <translation>Указ&amp;ывает на:</translation>
    </message>
    <message>
        <source>Which way the evidence points</source>
        <translation>На что указывает доказательство</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Изображение:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Name of the witness</source>
        <translation>Имя свидетеля</translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation>Ке&amp;м вызван:</translation>
    </message>
    <message>
        <source>Who calls the witness</source>
        <translation>Кто вызывает свидетеля</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>Пок&amp;азания:</translation>
    </message>
    <message>
        <source>Statement of the witness</source>
        <translation>Показания свидетеля</translation>
    </message>
    <message>
        <source>The judge&apos;s &amp;address to the jury:</source>
        <translation>Н&amp;апутственное слово председательствующего:</translation>
    </message>
    <message>
        <source>Charge &amp;to ask about:</source>
        <translation>По обвинени&amp;ю:</translation>
    </message>
    <message>
        <source>Charge to ask about</source>
        <translation>Обвинение, по которому ставятся вопросы</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>Д&amp;еяние:</translation>
    </message>
    <message>
        <source>Question: did the act take place?</source>
        <translation>Вопрос: имело ли место деяние?</translation>
    </message>
    <message>
        <source>D&amp;oer:</source>
        <translation>При&amp;частность:</translation>
    </message>
    <message>
        <source>Question: did the defendant do it?</source>
        <translation>Вопрос: совершил ли его подсудимый?</translation>
    </message>
    <message>
        <source>&amp;Guilt:</source>
        <translation>В&amp;иновность:</translation>
    </message>
    <message>
        <source>Question: is the defendant guilty of it?</source>
        <translation>Вопрос: виновен ли в нём подсудимый?</translation>
    </message>
    <message>
        <source>Ge&amp;neral:</source>
        <translation>Об&amp;щий:</translation>
    </message>
    <message>
        <source>General question: guilty of the charge?</source>
        <translation>Общий вопрос: виновен ли по обвинению?</translation>
    </message>
    <message>
        <source>Len&amp;iency (optional):</source>
        <translation>Снис&amp;хождение (необязательно):</translation>
    </message>
    <message>
        <source>Question: leniency</source>
        <translation>Вопрос: снисхождение</translation>
    </message>
    <message>
        <source>Points to guilt</source>
        <translation>Указывает на виновность</translation>
    </message>
    <message>
        <source>Points to innocence</source>
        <translation>Указывает на невиновность</translation>
    </message>
    <message>
        <source>Points both ways</source>
        <translation>Допускает оба толкования</translation>
    </message>
    <message>
        <source>The prosecution</source>
        <translation>Сторона обвинения</translation>
    </message>
    <message>
        <source>The defence</source>
        <translation>Сторона защиты</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo the change</source>
        <translation>Повторить изменение</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Сохранить дело</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Закрыть редактор</translation>
    </message>
    <message>
        <source>Add char&amp;ge</source>
        <translation>Добав&amp;ить обвинение</translation>
    </message>
    <message>
        <source>Add a charge</source>
        <translation>Добавить обвинение</translation>
    </message>
    <message>
        <source>Remo&amp;ve charge</source>
        <translation>&amp;Убрать обвинение</translation>
    </message>
    <message>
        <source>Remove the selected charge</source>
        <translation>Убрать выбранное обвинение</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Добави&amp;ть</translation>
    </message>
    <message>
        <source>Add an evidence item</source>
        <translation>Добавить доказательство</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Remove the selected evidence item</source>
        <translation>Убрать выбранное доказательство</translation>
    </message>
    <message>
        <source>Add wit&amp;ness</source>
        <translation>Добави&amp;ть свидетеля</translation>
    </message>
    <message>
        <source>Add a witness</source>
        <translation>Добавить свидетеля</translation>
    </message>
    <message>
        <source>Remo&amp;ve witness</source>
        <translation>&amp;Убрать свидетеля</translation>
    </message>
    <message>
        <source>Remove the selected witness</source>
        <translation>Убрать выбранного свидетеля</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>Выбрать изобра&amp;жение…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Убрать изображение</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Убрать изображение</translation>
    </message>
    <message>
        <source>&amp;Fill in the standard questions</source>
        <translation>Вс&amp;тавить стандартные вопросы</translation>
    </message>
    <message>
        <source>&amp;All charges:</source>
        <translation>Вс&amp;е обвинения:</translation>
    </message>
    <message>
        <source>&amp;All evidence:</source>
        <translation>Вс&amp;е доказательства:</translation>
    </message>
    <message>
        <source>&amp;All witnesses:</source>
        <translation>Вс&amp;е свидетели:</translation>
    </message>
    <message>
        <source>Case &amp;details</source>
        <translation>Сведения о &amp;деле</translation>
    </message>
    <message>
        <source>C&amp;harges</source>
        <translation>О&amp;бвинения</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>До&amp;казательства</translation>
    </message>
    <message>
        <source>&amp;Witnesses</source>
        <translation>С&amp;видетели</translation>
    </message>
    <message>
        <source>&amp;Judge&apos;s charge</source>
        <translation>&amp;Напутственное слово</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>Воп&amp;росы</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Разделы дела</translation>
    </message>
</context>
<context>
    <name>CaseLibraryPage</name>
    <message>
        <source>{file} could not be opened: {reason}</source>
        <translation>Не удалось открыть файл {file}: {reason}</translation>
    </message>
    <message>
        <source>&amp;Duplicate and edit…</source>
        <translation>&amp;Копировать и изменить…</translation>
    </message>
    <message>
        <source>Duplicate the built-in case and edit the copy</source>
        <translation>Создать копию встроенного дела и изменить её</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected case</source>
        <translation>Изменить выбранное дело</translation>
    </message>
    <message>
        <source>Defendant: {name}</source>
        <translation>Подсудимый: {name}</translation>
    </message>
    <message>
        <source>Victim: {name}</source>
        <translation>Потерпевший: {name}</translation>
    </message>
    <message>
        <source>{text} ({article})</source>
        <translation>{text} ({article})</translation>
    </message>
    <message>
        <source>{name}, called by the prosecution</source>
        <translation>{name}, свидетель обвинения</translation>
    </message>
    <message>
        <source>{name}, called by the defence</source>
        <translation>{name}, свидетель защиты</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <source>Import a case</source>
        <translation>Импорт дела</translation>
    </message>
    <message>
        <source>Alqa case files (*.alqa-case.json *.json);;All files (*)</source>
        <translation>Файлы дел Alqa (*.alqa-case.json *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported “{title}” with the id “{id}”.</source>
        <translation>Импортировано дело «{title}» с идентификатором «{id}».</translation>
    </message>
    <message>
        <source>Export the case</source>
        <translation>Экспорт дела</translation>
    </message>
    <message>
        <source>Alqa case files (*.alqa-case.json)</source>
        <translation>Файлы дел Alqa (*.alqa-case.json)</translation>
    </message>
    <message>
        <source>{problem} Nothing was exported.</source>
        <translation>{problem} Ничего не экспортировано.</translation>
    </message>
    <message>
        <source>The case was exported to {path}.</source>
        <translation>Дело экспортировано в файл {path}.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удаление дела</translation>
    </message>
    <message>
        <source>Delete your case “{title}”? This cannot be undone.</source>
        <translation>Удалить ваше дело «{title}»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The case “{title}” was deleted.</source>
        <translation>Дело «{title}» удалено.</translation>
    </message>
    <message>
        <source>Choose a case</source>
        <translation>Выбор дела</translation>
    </message>
    <message>
        <source>Case library</source>
        <translation>Библиотека дел</translation>
    </message>
    <message>
        <source>The built-in cases come in Kazakh, Russian and English. Duplicate one to change it, write your own, or import a case file from a colleague.</source>
        <translation>Встроенные дела есть на казахском, русском и английском языках. Чтобы изменить такое дело, создайте его копию. Можно также написать своё дело или импортировать файл дела от коллеги.</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>Д&amp;ела:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Просмотр:</translation>
    </message>
    <message>
        <source>Preview of the selected case</source>
        <translation>Просмотр выбранного дела</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Создать дело…</translation>
    </message>
    <message>
        <source>Write a new case</source>
        <translation>Написать новое дело</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>И&amp;мпортировать…</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>Импортировать файл дела</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Export the selected case to a file</source>
        <translation>Экспортировать выбранное дело в файл</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected case</source>
        <translation>Удалить выбранное дело</translation>
    </message>
    <message>
        <source>&amp;Use this case</source>
        <translation>&amp;Выбрать это дело</translation>
    </message>
    <message>
        <source>Use the selected case</source>
        <translation>Использовать выбранное дело</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Built-in case · charges: {charges} · evidence: {evidence} · witnesses: {witnesses}</source>
        <translation>Встроенное дело · обвинения: {charges} · доказательства: {evidence} · свидетели: {witnesses}</translation>
    </message>
    <message>
        <source>Your own case · charges: {charges} · evidence: {evidence} · witnesses: {witnesses}</source>
        <translation>Ваше дело · обвинения: {charges} · доказательства: {evidence} · свидетели: {witnesses}</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>The case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Choose the case your class will try, or write your own.</source>
        <translation>Выберите дело, которое будет рассматривать ваш класс, или напишите своё.</translation>
    </message>
</context>
<context>
    <name>ChargePanel</name>
    <message>
        <source>The accused is presumed innocent: innocent in the eyes of the law until the court finds them guilty in its verdict. Being accused, arrested or brought to court is not a sign of guilt.</source>
        <translation>Действует презумпция невиновности: подсудимый считается невиновным перед законом, пока суд своим вердиктом не признает его виновным. То, что человека обвинили, задержали или отдали под суд, — не признак вины.</translation>
    </message>
    <message>
        <source>The prosecution must prove the charge. The accused does not have to prove their innocence and does not have to say anything; choosing to stay silent is not a sign of guilt.</source>
        <translation>Бремя доказывания лежит на обвинении: предъявленное обвинение должна доказать сторона обвинения. Подсудимый не обязан доказывать свою невиновность и вправе ничего не говорить; если он решил молчать, это не признак вины.</translation>
    </message>
    <message>
        <source>You decide by your inner conviction, based only on the evidence examined here in court, not on rumours, the news or anything heard outside. Weigh each piece of evidence and all of it together. Doubts that cannot be removed are resolved in favour of the accused: if a doubt remains after all the evidence, your answer must favour the accused.</source>
        <translation>Вы решаете по своему внутреннему убеждению, основываясь только на доказательствах, исследованных здесь, в суде, а не на слухах, новостях или том, что слышали вне суда. Оцените каждое доказательство в отдельности и все доказательства в совокупности. Неустранимые сомнения толкуются в пользу подсудимого: если после всех доказательств сомнение осталось, ваш ответ должен быть в пользу подсудимого.</translation>
    </message>
    <message>
        <source>You may find the accused guilty only if the evidence heard in this court has made you sure of guilt: guilty beyond reasonable doubt. A reasonable doubt is a real doubt that comes from the evidence or from what is missing in it, not an imagined one. If you have such a doubt, your answer must be not guilty.</source>
        <translation>Вы можете признать подсудимого виновным, только если доказательства, представленные в этом суде, убедили вас в его вине: вина доказана вне разумных сомнений. Разумное сомнение — это настоящее сомнение, которое вытекает из доказательств или из того, чего в них не хватает, а не надуманное. Если у вас есть такое сомнение, ваш ответ должен быть «не виновен».</translation>
    </message>
    <message>
        <source>The judge&apos;s instructions</source>
        <translation>Разъяснения председательствующего</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>Об этом деле</translation>
    </message>
    <message>
        <source>The questions you will answer</source>
        <translation>Вопросы, на которые вы ответите</translation>
    </message>
    <message>
        <source>&amp;Judge&apos;s charge, to read aloud:</source>
        <translation>Напу&amp;тственное слово (прочитать вслух):</translation>
    </message>
    <message>
        <source>Judge&apos;s charge</source>
        <translation>Напутственное слово</translation>
    </message>
    <message>
        <source>&amp;Begin deliberation</source>
        <translation>&amp;Начать совещание</translation>
    </message>
    <message>
        <source>Begin deliberation</source>
        <translation>Начать совещание</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Import the class list</source>
        <translation>Импорт списка класса</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt);;All files (*)</source>
        <translation>Списки класса (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>Не удалось прочитать файл {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n имя</numerusform>
            <numerusform>%n имени</numerusform>
            <numerusform>%n имён</numerusform>
        </translation>
    </message>
    <message>
        <source>Names taken from {file}: {count}.</source>
        <translation>Имена, взятые из файла {file}: {count}.</translation>
    </message>
    <message>
        <source>The class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Type or paste the names, one a line (3 to 60), or import a class list.</source>
        <translation>Введите или вставьте имена, по одному в строке (от 3 до 60), или импортируйте список класса.</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Имена:</translation>
    </message>
    <message>
        <source>Names of the class, one a line</source>
        <translation>Имена учеников класса, по одному в строке</translation>
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
        <translation>Им&amp;портировать из CSV…</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Импортировать из CSV</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Bad usage: {problem}. Try &apos;alqa --help&apos;.</source>
        <translation>Команда задана неверно: {problem}. Попробуйте выполнить &apos;alqa --help&apos;.</translation>
    </message>
    <message>
        <source>Alqa: classroom mock trials.</source>
        <translation>Alqa: учебные судебные процессы в классе.</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>вывести версию и выйти</translation>
    </message>
    <message>
        <source>where sessions are kept (also ALQA_DATA_DIR)</source>
        <translation>папка, где хранятся сеансы (также ALQA_DATA_DIR)</translation>
    </message>
    <message>
        <source>language of messages: kk, ru or en</source>
        <translation>язык сообщений: kk, ru или en</translation>
    </message>
    <message>
        <source>start on a ready demo session</source>
        <translation>начать с готового демонстрационного сеанса</translation>
    </message>
    <message>
        <source>check that this computer can run a lesson (offscreen) and exit</source>
        <translation>проверить, что на этом компьютере можно провести урок (без экрана), и выйти</translation>
    </message>
    <message>
        <source>Something went wrong. Details are in {path}.</source>
        <translation>Что-то пошло не так. Подробности — в файле {path}.</translation>
    </message>
    <message>
        <source>list the court models or show one model&apos;s rules</source>
        <translation>показать список моделей суда или правила одной модели</translation>
    </message>
    <message>
        <source>list the court models and their variants</source>
        <translation>показать список моделей суда и их вариантов</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <source>language of the names</source>
        <translation>язык названий</translation>
    </message>
    <message>
        <source>show a court model&apos;s rules with their sources</source>
        <translation>показать правила модели суда с их источниками</translation>
    </message>
    <message>
        <source>the model id, e.g. kz-2007 or ru/district</source>
        <translation>идентификатор модели, например kz-2007 или ru/district</translation>
    </message>
    <message>
        <source>language of the rules</source>
        <translation>язык правил</translation>
    </message>
    <message>
        <source>Rules and their sources:</source>
        <translation>Правила и их источники:</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>Not confirmed in a source: check before relying on it.</source>
        <translation>Источником не подтверждено: проверьте, прежде чем на это опираться.</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Варианты:</translation>
    </message>
    <message>
        <source>replay a scripted session (see docs/scenario-format.md)</source>
        <translation>воспроизвести сеанс по сценарию (см. docs/scenario-format.md)</translation>
    </message>
    <message>
        <source>run a scenario file and print the session&apos;s summary as JSON</source>
        <translation>выполнить файл сценария и вывести сводку сеанса в формате JSON</translation>
    </message>
    <message>
        <source>the session file to write (default: a new one in the data folder)</source>
        <translation>файл сеанса для записи (по умолчанию — новый файл в папке данных)</translation>
    </message>
    <message>
        <source>list, show, rename or delete sessions</source>
        <translation>вывести список сеансов, показать, переименовать или удалить сеанс</translation>
    </message>
    <message>
        <source>list the sessions in the data folder</source>
        <translation>показать список сеансов в папке данных</translation>
    </message>
    <message>
        <source>print a session&apos;s summary as JSON</source>
        <translation>вывести сводку сеанса в формате JSON</translation>
    </message>
    <message>
        <source>a session file, or its name in the data folder</source>
        <translation>файл сеанса или его имя в папке данных</translation>
    </message>
    <message>
        <source>where to write (CSV: a folder, or a file ending in .zip)</source>
        <translation>куда записать (CSV: папка или файл с расширением .zip)</translation>
    </message>
    <message>
        <source>language of the export&apos;s words (the codebook, the report) and of messages</source>
        <translation>язык текстов экспорта (описание столбцов, отчёт) и сообщений</translation>
    </message>
    <message>
        <source>use real names instead of pseudonyms</source>
        <translation>использовать настоящие имена вместо псевдонимов</translation>
    </message>
    <message>
        <source>include free-text notes</source>
        <translation>включить заметки в свободной форме</translation>
    </message>
    <message>
        <source>create a session file from a session JSON export</source>
        <translation>создать файл сеанса из экспорта сеанса в JSON</translation>
    </message>
    <message>
        <source>a session JSON file</source>
        <translation>JSON-файл сеанса</translation>
    </message>
    <message>
        <source>the new session file</source>
        <translation>новый файл сеанса</translation>
    </message>
    <message>
        <source>Give a session to export, or --corpus with session files or folders.</source>
        <translation>Укажите сеанс для экспорта или --corpus с файлами сеансов или папками.</translation>
    </message>
    <message>
        <source>Give either a session or --corpus, not both.</source>
        <translation>Укажите либо сеанс, либо --corpus, но не оба сразу.</translation>
    </message>
    <message>
        <source>--corpus writes CSV tables only: use --format csv.</source>
        <translation>--corpus записывает только таблицы CSV: укажите --format csv.</translation>
    </message>
    <message>
        <source>--corpus needs --out: a folder, or a file ending in .zip.</source>
        <translation>Для --corpus нужен --out: папка или файл с расширением .zip.</translation>
    </message>
    <message>
        <source>Sessions: {done}/{total}</source>
        <translation>Сеансы: {done}/{total}</translation>
    </message>
    <message>
        <source>Sessions exported: {done}; files skipped: {skipped}.</source>
        <translation>Экспортировано сеансов: {done}; пропущено файлов: {skipped}.</translation>
    </message>
    <message>
        <source>Warning: this export shows the participants&apos; real names. Share it only with people allowed to see them.</source>
        <translation>Внимание: в этом экспорте видны настоящие имена участников. Передавайте его только тем, кому можно их видеть.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>export a session (JSON, CSV tables, GraphML, GEXF, the report as PDF or HTML, the network as PNG or SVG), or many sessions as one CSV data set</source>
        <translation>экспортировать сеанс (JSON, таблицы CSV, GraphML, GEXF, отчёт в PDF или HTML, сеть влияния в PNG или SVG) или много сеансов одним набором данных CSV</translation>
    </message>
    <message>
        <source>merge many sessions (session files, session JSON exports, folders of them) into one CSV data set with a session column</source>
        <translation>объединить много сеансов (файлы сеансов, JSON-экспорты сеансов, папки с ними) в один набор данных CSV со столбцом session</translation>
    </message>
    <message>
        <source>the export format: %(choices)s</source>
        <translation>формат экспорта: %(choices)s</translation>
    </message>
    <message>
        <source>Imported: {path}</source>
        <translation>Импортировано: {path}</translation>
    </message>
    <message>
        <source>give a session a new title</source>
        <translation>дать сеансу новое название</translation>
    </message>
    <message>
        <source>delete a session and its backups</source>
        <translation>удалить сеанс и его резервные копии</translation>
    </message>
    <message>
        <source>confirm the deletion</source>
        <translation>подтвердить удаление</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Сеансов пока нет.</translation>
    </message>
    <message>
        <source>{updated}  {phase:&lt;12}  {title}  ({file})</source>
        <translation>{updated}  {phase:&lt;12}  {title}  ({file})</translation>
    </message>
    <message>
        <source>Skipped {file}: {reason}</source>
        <translation>Пропущен файл {file}: {reason}</translation>
    </message>
    <message>
        <source>Renamed: {title}</source>
        <translation>Переименовано: {title}</translation>
    </message>
    <message>
        <source>This deletes {file} for good. Run the command again with --yes to confirm.</source>
        <translation>Файл {file} будет удалён безвозвратно. Чтобы подтвердить, выполните команду ещё раз с --yes.</translation>
    </message>
    <message>
        <source>Deleted: {file}</source>
        <translation>Удалено: {file}</translation>
    </message>
    <message>
        <source>count ballots under a court model (request on standard input)</source>
        <translation>подсчитать бюллетени по правилам модели суда (запрос подаётся на стандартный ввод)</translation>
    </message>
    <message>
        <source>Reads a tally request as JSON on standard input and prints the verdict engine&apos;s answer as JSON. See docs/court-models.md.</source>
        <translation>Читает запрос на подсчёт голосов в формате JSON со стандартного ввода и выводит ответ модуля, определяющего вердикт, в формате JSON. См. docs/court-models.md.</translation>
    </message>
    <message>
        <source>the court model id, e.g. kz-2010 or ru/district</source>
        <translation>идентификатор модели суда, например kz-2010 или ru/district</translation>
    </message>
    <message>
        <source>also say what every other court would decide</source>
        <translation>также показать, что решил бы каждый из других судов</translation>
    </message>
    <message>
        <source>language of the rule sentence</source>
        <translation>язык формулировки правила</translation>
    </message>
    <message>
        <source>read a class list the way the new-session wizard does</source>
        <translation>прочитать список класса так же, как мастер нового сеанса</translation>
    </message>
    <message>
        <source>read a class list (CSV or text) and report what was skipped</source>
        <translation>прочитать список класса (CSV или текст) и сообщить, что пропущено</translation>
    </message>
    <message>
        <source>Reads a class list and prints the names taken, one a line, and a line for each thing skipped or changed. The file is never changed. See docs/formats/roster.md.</source>
        <translation>Читает список класса и выводит принятые имена, по одному в строке, а также по строке на каждый пропуск или изменение. Файл никогда не изменяется. См. docs/formats/roster.md.</translation>
    </message>
    <message>
        <source>the class list: CSV or plain text, one name a line</source>
        <translation>список класса: CSV или обычный текст, по одному имени в строке</translation>
    </message>
    <message>
        <source>Not imported: {file}. {reason} The file is unchanged.</source>
        <translation>Не импортировано: {file}. {reason} Файл не изменён.</translation>
    </message>
    <message>
        <source>none, one name a line</source>
        <translation>нет, по одному имени в строке</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Names taken: {count}. Encoding: {encoding}. Separator: {separator}. Header row: {header}.</source>
        <translation>Принято имён: {count}. Кодировка: {encoding}. Разделитель: {separator}. Строка заголовков: {header}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>what if another court, panel or rule had decided?</source>
        <translation>что, если бы решали другой суд, состав или правило?</translation>
    </message>
    <message>
        <source>Fits a model of who moved whom to a session and replays its deliberation under other panels and rules, or gives the verdict odds of a generated class. See docs/what-if.md.</source>
        <translation>Подгоняет к сеансу модель того, кто на кого повлиял, и проигрывает её обсуждение при других составах и правилах или даёт вероятности вердикта для сгенерированного класса. См. docs/what-if.md.</translation>
    </message>
    <message>
        <source>no-judges, panel=1+10, rule=MODEL, stubborn=X, equal-talk, open or secret; commas combine switches, repeat for more scenarios</source>
        <translation>no-judges, panel=1+10, rule=MODEL, stubborn=X, equal-talk, open или secret; запятая объединяет переключатели, повторите для других сценариев</translation>
    </message>
    <message>
        <source>Monte Carlo runs per scenario</source>
        <translation>прогонов Монте-Карло на сценарий</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same result</source>
        <translation>зерно случайных чисел: одно и то же зерно даёт тот же результат</translation>
    </message>
    <message>
        <source>a generated class of N members</source>
        <translation>сгенерированный класс из N участников</translation>
    </message>
    <message>
        <source>members of the generated class who start at guilty</source>
        <translation>участники сгенерированного класса, начинающие с «виновен»</translation>
    </message>
    <message>
        <source>members who start undecided</source>
        <translation>участники, начинающие без решения</translation>
    </message>
    <message>
        <source>one court model id (default: every model)</source>
        <translation>id одной модели суда (по умолчанию: все модели)</translation>
    </message>
    <message>
        <source>language of the sentences</source>
        <translation>язык предложений</translation>
    </message>
    <message>
        <source>Name a session, or give --generated N --guilty K.</source>
        <translation>Укажите сеанс или задайте --generated N --guilty K.</translation>
    </message>
    <message>
        <source>A class of {n}: {guilty} guilty, {not_guilty} not guilty, {undecided} undecided at the start.</source>
        <translation>Класс из {n}: в начале {guilty} — виновен, {not_guilty} — невиновен, {undecided} — не решили.</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>виновен</translation>
    </message>
    <message>
        <source>not guilty</source>
        <translation>невиновен</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>вердикта нет</translation>
    </message>
    <message>
        <source>replay a session file or a session JSON export, read-only</source>
        <translation>воспроизвести файл сеанса или экспорт сеанса в JSON, только для чтения</translation>
    </message>
    <message>
        <source>a session file (.alqa) or a session JSON export</source>
        <translation>файл сеанса (.alqa) или экспорт сеанса в JSON</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>сборка</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>из исходного кода</translation>
    </message>
    <message>
        <source>nothing in {folders} under {root}</source>
        <translation>в {root} пусто: {folders}</translation>
    </message>
    <message>
        <source>only {n} modules found</source>
        <translation>найдено только модулей: {n}</translation>
    </message>
    <message>
        <source>{n} modules</source>
        <translation>модулей: {n}</translation>
    </message>
    <message>
        <source>{folder} (portable mode)</source>
        <translation>{folder} (переносной режим)</translation>
    </message>
    <message>
        <source>the window did not show</source>
        <translation>окно не появилось</translation>
    </message>
    <message>
        <source>the app&apos;s icon is missing</source>
        <translation>нет значка программы</translation>
    </message>
    <message>
        <source>the demo session did not open</source>
        <translation>демо-сеанс не открылся</translation>
    </message>
    <message>
        <source>shown in {ms} ms on the page {page}; the demo opened on the page {demo}</source>
        <translation>открылось за {ms} мс, страница: {page}; демо открылось на странице {demo}</translation>
    </message>
    <message>
        <source>no court model</source>
        <translation>нет ни одной модели суда</translation>
    </message>
    <message>
        <source>{model} has no name or rule text</source>
        <translation>у модели {model} нет названия или текста правила</translation>
    </message>
    <message>
        <source>{n} models, {sentences} sentences</source>
        <translation>моделей: {n}, предложений: {sentences}</translation>
    </message>
    <message>
        <source>no built-in case</source>
        <translation>нет ни одного встроенного дела</translation>
    </message>
    <message>
        <source>{case} does not read back</source>
        <translation>дело {case} не читается обратно</translation>
    </message>
    <message>
        <source>{n} cases: {titles}</source>
        <translation>дел: {n}: {titles}</translation>
    </message>
    <message>
        <source>{n} events into {file}</source>
        <translation>событий: {n}, в файл {file}</translation>
    </message>
    <message>
        <source>the JSON export has no events</source>
        <translation>в экспорте JSON нет событий</translation>
    </message>
    <message>
        <source>the PDF export is not a PDF</source>
        <translation>экспорт PDF — не PDF</translation>
    </message>
    <message>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>Alqa&apos;s files</source>
        <translation>файлы Alqa</translation>
    </message>
    <message>
        <source>program parts</source>
        <translation>части программы</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>папка данных</translation>
    </message>
    <message>
        <source>main window</source>
        <translation>главное окно</translation>
    </message>
    <message>
        <source>words in {lang}</source>
        <translation>слова на языке {lang}</translation>
    </message>
    <message>
        <source>court models in {lang}</source>
        <translation>модели суда на языке {lang}</translation>
    </message>
    <message>
        <source>built-in cases in {lang}</source>
        <translation>встроенные дела на языке {lang}</translation>
    </message>
    <message>
        <source>example scenario</source>
        <translation>пример сценария</translation>
    </message>
    <message>
        <source>JSON export</source>
        <translation>экспорт JSON</translation>
    </message>
    <message>
        <source>PDF export</source>
        <translation>экспорт PDF</translation>
    </message>
    <message>
        <source>Self-test failed: {failed} of {n} checks. Details are in {log}.</source>
        <translation>Самопроверка не пройдена: не прошли {failed} из {n} проверок. Подробности в {log}.</translation>
    </message>
    <message>
        <source>Self-test failed: {failed} of {n} checks.</source>
        <translation>Самопроверка не пройдена: не прошли {failed} из {n} проверок.</translation>
    </message>
    <message>
        <source>Self-test passed: {n} checks.</source>
        <translation>Самопроверка пройдена: {n} проверок.</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>Alqa CSV export: codebook</source>
        <translation>Экспорт Alqa в CSV: описание столбцов</translation>
    </message>
    <message>
        <source>column</source>
        <translation>столбец</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>`alqa export SESSION --format csv --out FOLDER` (or `--out FILE.zip`) writes one table per file, in long format (one row per observation), UTF-8 with a byte-order mark (Excel opens it as UTF-8), comma-separated, with a header row. This codebook is written beside the tables as `codebook.md`, in the export&apos;s language (`--lang kk`, `ru` or `en`). Column names and values (`guilty`, `yes`, `juror-3`, ...) are data and stay in English.</source>
        <translation>`alqa export SESSION --format csv --out FOLDER` (или `--out FILE.zip`) записывает каждую таблицу в отдельный файл: в длинном формате (одна строка на наблюдение), в кодировке UTF-8 с меткой порядка байтов (Excel открывает её как UTF-8), с запятой в качестве разделителя и строкой заголовков. Это описание записывается рядом с таблицами в файл `codebook.md` на языке экспорта (`--lang kk`, `ru` или `en`). Названия столбцов и значения (`guilty`, `yes`, `juror-3`, ...) — это данные, они остаются на английском.</translation>
    </message>
    <message>
        <source>Anonymised by default: the `member`, `source` and `target` columns hold a pseudonym given by seat (`Juror 3`, `Judge 1`, `Prosecutor`, `Defence counsel`, `Defendant`, `Victim`, `Clerk`, `Witness 2`, `Reserve 1`; anyone without a seat is `Member &lt;roster number&gt;`). The same person has the same pseudonym in every file of one export (and in the JSON, GraphML and GEXF exports of the same session). With `--names` these columns hold the member id (`p7`) and `participants.csv` gives the real name.</source>
        <translation>По умолчанию данные обезличены: в столбцах `member`, `source` и `target` стоит псевдоним по месту (`Juror 3`, `Judge 1`, `Prosecutor`, `Defence counsel`, `Defendant`, `Victim`, `Clerk`, `Witness 2`, `Reserve 1`; участник без места — `Member &lt;номер в списке&gt;`). У одного человека один и тот же псевдоним во всех файлах одного экспорта (и в экспортах того же сеанса в JSON, GraphML и GEXF). С `--names` в этих столбцах стоит идентификатор участника (`p7`), а `participants.csv` даёт его настоящее имя.</translation>
    </message>
    <message>
        <source>Research corpora</source>
        <translation>Корпусы для исследований</translation>
    </message>
    <message>
        <source>`alqa export --corpus FILES_OR_FOLDER ... --format csv --out FOLDER` merges many sessions (session files `*.alqa` and session JSON exports; a folder is read with its subfolders) into one data set: the same tables, each with a first column `session`. The rows of one session are those of its own export, with its own pseudonyms: `Juror 3` of one session is not `Juror 3` of another. A file that is not a readable session, or a session already read from another file, is skipped with a warning.</source>
        <translation>`alqa export --corpus FILES_OR_FOLDER ... --format csv --out FOLDER` объединяет много сеансов (файлы сеансов `*.alqa` и JSON-экспорты сеансов; папка читается вместе с вложенными папками) в один набор данных: те же таблицы, в каждой первый столбец — `session`. Строки одного сеанса совпадают со строками его собственного экспорта, псевдонимы у него свои: `Juror 3` одного сеанса — не `Juror 3` другого. Файл, который не удаётся прочитать как сеанс, и сеанс, уже прочитанный из другого файла, пропускаются с предупреждением.</translation>
    </message>
    <message>
        <source>the session id (in corpus exports only)</source>
        <translation>идентификатор сеанса (только в экспортах корпуса)</translation>
    </message>
    <message>
        <source>deliberation round</source>
        <translation>раунд совещания</translation>
    </message>
    <message>
        <source>question id</source>
        <translation>идентификатор вопроса</translation>
    </message>
    <message>
        <source>pseudonym (or member id with --names)</source>
        <translation>псевдоним (с --names — идентификатор участника)</translation>
    </message>
    <message>
        <source>the seat held at the end of the session: judge-1, juror-3, prosecutor, defence, defendant, victim, clerk, witness-&lt;witness id&gt;; empty when none</source>
        <translation>место на конец сеанса: judge-1, juror-3, prosecutor, defence, defendant, victim, clerk, witness-&lt;идентификатор свидетеля&gt;; пусто, если места нет</translation>
    </message>
    <message>
        <source>judge, juror, reserve, prosecutor, defence, defendant, victim, witness, clerk; empty when none</source>
        <translation>judge, juror, reserve, prosecutor, defence, defendant, victim, witness, clerk; пусто, если роли нет</translation>
    </message>
    <message>
        <source>the pseudonym again (or the real name with --names)</source>
        <translation>снова псевдоним (с --names — настоящее имя)</translation>
    </message>
    <message>
        <source>deliberation round number (from 1)</source>
        <translation>номер раунда совещания (с 1)</translation>
    </message>
    <message>
        <source>who gave the stance</source>
        <translation>кто высказал позицию</translation>
    </message>
    <message>
        <source>guilty, not_guilty or undecided</source>
        <translation>guilty (виновен), not_guilty (не виновен) или undecided (не определился)</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>от 0 до 100</translation>
    </message>
    <message>
        <source>signed opinion: +confidence/100 for guilty, -confidence/100 for not guilty, 0 for undecided</source>
        <translation>мнение со знаком: +confidence/100 при «виновен», -confidence/100 при «не виновен», 0 при «не определился»</translation>
    </message>
    <message>
        <source>1 if given openly (a show of hands), 0 if private</source>
        <translation>1, если позиция высказана открыто (поднятием рук), 0, если тайно</translation>
    </message>
    <message>
        <source>One row per round, source, target, kind and direction (see docs/influence.md).</source>
        <translation>Одна строка на каждое сочетание раунда, источника, адресата, вида и направления влияния (см. docs/influence.md).</translation>
    </message>
    <message>
        <source>the influencer (whose arguments moved)</source>
        <translation>источник влияния (чьи доводы повлияли)</translation>
    </message>
    <message>
        <source>the influenced (who was moved)</source>
        <translation>адресат влияния (на кого повлияли)</translation>
    </message>
    <message>
        <source>reported (the target said so) or inferred (computed from stance changes and talk time)</source>
        <translation>reported (так сказал сам адресат) или inferred (вычислено по изменениям позиций и времени выступлений)</translation>
    </message>
    <message>
        <source>guilty or not_guilty: the direction of the move</source>
        <translation>guilty или not_guilty: направление сдвига позиции</translation>
    </message>
    <message>
        <source>reported: number of reports (1 each); inferred: the share of the target&apos;s move</source>
        <translation>reported: число сообщений (каждое — 1); inferred: доля в сдвиге позиции адресата</translation>
    </message>
    <message>
        <source>One row per ballot and question; only votes whose ballots were revealed (or open votes), not annulled ones.</source>
        <translation>Одна строка на бюллетень и вопрос; только голосования со вскрытыми бюллетенями (или открытые), без аннулированных.</translation>
    </message>
    <message>
        <source>vote number</source>
        <translation>номер голосования</translation>
    </message>
    <message>
        <source>ballot number within the vote (secret ballots: the order of the opened box, unrelated to the order of voting)</source>
        <translation>номер бюллетеня в голосовании (при тайном голосовании — порядок во вскрытой урне, не связанный с порядком голосования)</translation>
    </message>
    <message>
        <source>question id of the case (q1, q2, ...)</source>
        <translation>идентификатор вопроса по делу (q1, q2, ...)</translation>
    </message>
    <message>
        <source>the voter&apos;s role: judge or juror</source>
        <translation>роль голосующего: judge (судья) или juror (присяжный заседатель)</translation>
    </message>
    <message>
        <source>open ballots: the voter; secret ballots: always empty</source>
        <translation>при открытом голосовании — голосующий; при тайном — всегда пусто</translation>
    </message>
    <message>
        <source>yes, no or blank</source>
        <translation>yes (да), no (нет) или blank (пустой бюллетень)</translation>
    </message>
    <message>
        <source>who spoke</source>
        <translation>кто выступал</translation>
    </message>
    <message>
        <source>seconds spoken in the round</source>
        <translation>секунды выступлений в раунде</translation>
    </message>
    <message>
        <source>speaking turns taken in the round</source>
        <translation>число выступлений в раунде</translation>
    </message>
    <message>
        <source>vote number (revealed votes only)</source>
        <translation>номер голосования (только вскрытые)</translation>
    </message>
    <message>
        <source>number of ballots with that answer</source>
        <translation>число бюллетеней с этим ответом</translation>
    </message>
    <message>
        <source>the answer the court&apos;s rules give the question (yes, no or none); empty if it could not be decided</source>
        <translation>ответ на вопрос по правилам суда (yes, no или none); пусто, если его не удалось определить</translation>
    </message>
    <message>
        <source>One row per question of the deciding vote (one row with an empty question when there were no answers).</source>
        <translation>Одна строка на каждый вопрос решающего голосования (одна строка с пустым вопросом, если ответов не было).</translation>
    </message>
    <message>
        <source>the deciding vote</source>
        <translation>решающее голосование</translation>
    </message>
    <message>
        <source>guilty or not_guilty (empty for a hung jury)</source>
        <translation>guilty или not_guilty (пусто, если присяжные не пришли к решению)</translation>
    </message>
    <message>
        <source>yes, no or none</source>
        <translation>yes, no или none</translation>
    </message>
    <message>
        <source>1 for a hung jury, else 0</source>
        <translation>1, если присяжные не пришли к решению, иначе 0</translation>
    </message>
    <message>
        <source>the sentence as declared (text)</source>
        <translation>объявленное наказание (текст)</translation>
    </message>
    <message>
        <source>the sentence in years, when it has a number</source>
        <translation>наказание в годах, если оно выражено числом</translation>
    </message>
    <message>
        <source>who sentenced: judge or panel</source>
        <translation>кто назначил наказание: judge (судья) или panel (коллегия)</translation>
    </message>
    <message>
        <source>note number (from 1; withdrawn notes are left out)</source>
        <translation>номер заметки (с 1; отозванные заметки не включаются)</translation>
    </message>
    <message>
        <source>whom the note is about (empty: the session)</source>
        <translation>о ком заметка (пусто — о сеансе)</translation>
    </message>
    <message>
        <source>the note; `…` unless the export was made with --notes</source>
        <translation>текст заметки; `…`, если экспорт сделан без --notes</translation>
    </message>
</context>
<context>
    <name>CourtPage</name>
    <message>
        <source>The court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Choose the court whose rules the class will follow.</source>
        <translation>Выберите суд, по правилам которого будет работать класс.</translation>
    </message>
    <message>
        <source>&amp;Courts:</source>
        <translation>&amp;Суды:</translation>
    </message>
    <message>
        <source>&amp;Your own court…</source>
        <translation>&amp;Свой суд…</translation>
    </message>
    <message>
        <source>Your own court</source>
        <translation>Свой суд</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>Суды</translation>
    </message>
</context>
<context>
    <name>CourtroomPage</name>
    <message>
        <source>&amp;What if?</source>
        <translation>&amp;Что если?</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Сеть</translation>
    </message>
    <message>
        <source>{court}. {rules}</source>
        <translation>{court}. {rules}</translation>
    </message>
    <message>
        <source>First choose the juror&apos;s seat on the seat map, then press this again.</source>
        <translation>Сначала выберите место присяжного на схеме рассадки, затем нажмите эту кнопку ещё раз.</translation>
    </message>
    <message>
        <source>A juror leaves</source>
        <translation>Вывести присяжного</translation>
    </message>
    <message>
        <source>Why does the juror leave?</source>
        <translation>Почему присяжный выбывает?</translation>
    </message>
    <message>
        <source>Save the ballot cards</source>
        <translation>Сохранить карточки для голосования</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Ballot cards saved: {file}. Earlier cards no longer work.</source>
        <translation>Карточки для голосования сохранены: {file}. Прежние карточки больше не действуют.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <source>End this session? Nothing more can be recorded.</source>
        <translation>Завершить этот сеанс? После этого ничего нельзя будет записать.</translation>
    </message>
    <message>
        <source>Ending the session needs the teacher PIN.</source>
        <translation>Чтобы завершить сеанс, введите PIN-код учителя.</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation>Схема рассадки</translation>
    </message>
    <message>
        <source>&amp;Courtroom</source>
        <translation>&amp;Зал суда</translation>
    </message>
    <message>
        <source>Courtroom and the work of the current phase</source>
        <translation>Зал суда и работа текущего этапа</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Work of the current phase</source>
        <translation>Работа текущего этапа</translation>
    </message>
    <message>
        <source>A juror &amp;leaves…</source>
        <translation>Вывести прися&amp;жного…</translation>
    </message>
    <message>
        <source>Print &amp;ballot cards…</source>
        <translation>Распе&amp;чатать карточки…</translation>
    </message>
    <message>
        <source>Print ballot cards</source>
        <translation>Распечатать карточки для голосования</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Export the session: report, data, network</source>
        <translation>Экспортировать сеанс: отчёт, данные, сеть</translation>
    </message>
    <message>
        <source>&amp;End the session…</source>
        <translation>Завер&amp;шить сеанс…</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>Го&amp;лосование</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Открыть голосование</translation>
    </message>
    <message>
        <source>&amp;Start the trial</source>
        <translation>&amp;Начать разбирательство</translation>
    </message>
    <message>
        <source>Start the trial</source>
        <translation>Начать разбирательство</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Окно проектора</translation>
    </message>
    <message>
        <source>Projector window</source>
        <translation>Окно проектора</translation>
    </message>
</context>
<context>
    <name>CustomModelDialog</name>
    <message>
        <source> of {voters}</source>
        <translation> из {voters}</translation>
    </message>
    <message>
        <source>Give the court a name.</source>
        <translation>Дайте суду название.</translation>
    </message>
    <message>
        <source>Your own court</source>
        <translation>Свой суд</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;На основе:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Judges:</source>
        <translation>&amp;Судьи:</translation>
    </message>
    <message>
        <source>J&amp;urors:</source>
        <translation>&amp;Присяжные:</translation>
    </message>
    <message>
        <source>&amp;Reserves:</source>
        <translation>&amp;Запасные:</translation>
    </message>
    <message>
        <source>Judges &amp;vote:</source>
        <translation>Судьи &amp;голосуют:</translation>
    </message>
    <message>
        <source>Votes needed &amp;against the accused:</source>
        <translation>Голосов, нужных &amp;против подсудимого:</translation>
    </message>
    <message>
        <source>Short of that &amp;majority:</source>
        <translation>Если &amp;большинства нет:</translation>
    </message>
    <message>
        <source>&amp;Blank ballots:</source>
        <translation>П&amp;устые бюллетени:</translation>
    </message>
    <message>
        <source>Peremptory challenges, &amp;prosecution:</source>
        <translation>Немотивированные отводы &amp;обвинения:</translation>
    </message>
    <message>
        <source>Peremptory challenges, &amp;defence:</source>
        <translation>Немотивированные отводы за&amp;щиты:</translation>
    </message>
    <message>
        <source>with the jurors, one vote each</source>
        <translation>вместе с присяжными, по одному голосу</translation>
    </message>
    <message>
        <source>the accused is acquitted</source>
        <translation>подсудимый оправдан</translation>
    </message>
    <message>
        <source>no verdict: deliberate on, or a hung jury</source>
        <translation>вердикта нет: совещание продолжается или присяжные не пришли к решению</translation>
    </message>
    <message>
        <source>count for the accused (otherwise the ballot is cast again)</source>
        <translation>засчитываются в пользу подсудимого (иначе голосуют заново)</translation>
    </message>
</context>
<context>
    <name>DeliberationPanel</name>
    <message>
        <source>Deliberation, round {n}</source>
        <translation>Совещание, раунд {n}</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>&amp;Start round {n}</source>
        <translation>&amp;Начать раунд {n}</translation>
    </message>
    <message>
        <source>Start round {n}</source>
        <translation>Начать раунд {n}</translation>
    </message>
    <message>
        <source>{seat}, {name}</source>
        <translation>{seat}, {name}</translation>
    </message>
    <message>
        <source>Talk time {time}</source>
        <translation>Время речи: {time}</translation>
    </message>
    <message>
        <source>{who}. Talk time {time}.</source>
        <translation>{who}. Время выступления: {time}.</translation>
    </message>
    <message>
        <source>↑ hand raised</source>
        <translation>↑ рука поднята</translation>
    </message>
    <message>
        <source>Hand raised.</source>
        <translation>Рука поднята.</translation>
    </message>
    <message>
        <source>▶ speaking now</source>
        <translation>▶ выступает</translation>
    </message>
    <message>
        <source>Speaking now.</source>
        <translation>Сейчас выступает.</translation>
    </message>
    <message>
        <source>✓ answered</source>
        <translation>✓ ответ получен</translation>
    </message>
    <message>
        <source>Has given a stance.</source>
        <translation>Позиция получена.</translation>
    </message>
    <message>
        <source>{n}. {who}</source>
        <translation>{n}. {who}</translation>
    </message>
    <message>
        <source>The stance check comes after the round ends.</source>
        <translation>Опрос позиций проводится после окончания раунда.</translation>
    </message>
    <message>
        <source>The stances of round {n} are revealed.</source>
        <translation>Позиции раунда {n} показаны.</translation>
    </message>
    <message>
        <source>{answered} of {total} have given a stance. Stances stay hidden until you reveal them.</source>
        <translation>Получено позиций: {answered} из {total}. Они скрыты, пока вы их не покажете.</translation>
    </message>
    <message>
        <source>Revealed stances of round {n}</source>
        <translation>Показанные позиции раунда {n}</translation>
    </message>
    <message>
        <source>{stance}: {n}</source>
        <translation>{stance}: {n}</translation>
    </message>
    <message>
        <source>{who}: {stance}, {sure}% sure</source>
        <translation>{who}: {stance}, уверенность {sure}&#xa0;%</translation>
    </message>
    <message>
        <source>Round time {time}</source>
        <translation>Время раунда: {time}</translation>
    </message>
    <message>
        <source>Nobody is speaking.</source>
        <translation>Никто не выступает.</translation>
    </message>
    <message>
        <source>Speaking now: {who}, {time}</source>
        <translation>Сейчас выступает: {who}, {time}</translation>
    </message>
    <message>
        <source>Private stance check</source>
        <translation>Тайный опрос позиций</translation>
    </message>
    <message>
        <source>&amp;End round</source>
        <translation>Завершить &amp;раунд</translation>
    </message>
    <message>
        <source>End the round</source>
        <translation>Завершить раунд</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>Сле&amp;дующий</translation>
    </message>
    <message>
        <source>Next speaker (key N)</source>
        <translation>Следующий выступающий (клавиша N)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Го&amp;тово</translation>
    </message>
    <message>
        <source>Done: the speaker has finished</source>
        <translation>Готово: выступающий закончил</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>Skip the first in the queue</source>
        <translation>Пропустить первого в очереди</translation>
    </message>
    <message>
        <source>&amp;Private stance check</source>
        <translation>Т&amp;айный опрос позиций</translation>
    </message>
    <message>
        <source>Q&amp;uick open stance check</source>
        <translation>&amp;Быстрый открытый опрос</translation>
    </message>
    <message>
        <source>Quick open stance check by a show of hands</source>
        <translation>Быстрый открытый опрос позиций поднятием рук</translation>
    </message>
    <message>
        <source>&amp;Reveal stances</source>
        <translation>По&amp;казать позиции</translation>
    </message>
    <message>
        <source>Reveal stances</source>
        <translation>Показать позиции</translation>
    </message>
    <message>
        <source>Key N: the next in the queue speaks; the time of the last is saved.</source>
        <translation>Клавиша N: слово получает следующий в очереди, время предыдущего сохраняется.</translation>
    </message>
    <message>
        <source>Raise a hand: click a name</source>
        <translation>Поднять руку: нажмите на имя</translation>
    </message>
    <message>
        <source>Speaking &amp;queue</source>
        <translation>Оч&amp;ередь выступающих</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>Очередь выступающих</translation>
    </message>
    <message>
        <source>Stance check</source>
        <translation>Опрос позиций</translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <source>The session “{title}” was created</source>
        <translation>Создан сеанс «{title}»</translation>
    </message>
    <message>
        <source>Another case or court was chosen</source>
        <translation>Выбрано другое дело или другой суд</translation>
    </message>
    <message>
        <source>Privacy set: open ballot</source>
        <translation>Конфиденциальность задана: открытое голосование</translation>
    </message>
    <message>
        <source>Privacy set: secret ballot</source>
        <translation>Конфиденциальность задана: тайное голосование</translation>
    </message>
    <message>
        <source>Personal voter codes were printed</source>
        <translation>Напечатаны личные коды для голосования</translation>
    </message>
    <message>
        <source>{name} joined the class</source>
        <translation>Новый участник: {name}</translation>
    </message>
    <message>
        <source>{old} is now called {name}</source>
        <translation>Участник переименован: {old} → {name}</translation>
    </message>
    <message>
        <source>{name} left the class</source>
        <translation>Участник убран из списка: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate juror(s) drawn by lot</source>
        <translation>
            <numerusform>По жребию отобран %n кандидат в присяжные</numerusform>
            <numerusform>По жребию отобраны %n кандидата в присяжные</numerusform>
            <numerusform>По жребию отобраны %n кандидатов в присяжные</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was questioned</source>
        <translation>Опрос кандидата: {name}</translation>
    </message>
    <message>
        <source>{name} was challenged by the prosecution</source>
        <translation>Обвинение заявило отвод: {name}</translation>
    </message>
    <message>
        <source>{name} was challenged by the defence</source>
        <translation>Защита заявила отвод: {name}</translation>
    </message>
    <message>
        <source>{name} was excused by the court</source>
        <translation>Суд освободил кандидата: {name}</translation>
    </message>
    <message>
        <source>The challenge of {name} was withdrawn</source>
        <translation>Отвод отозван: {name}</translation>
    </message>
    <message numerus="yes">
        <source>The lot seated %n juror(s)</source>
        <translation>
            <numerusform>По жребию место занял %n присяжный</numerusform>
            <numerusform>По жребию места заняли %n присяжных</numerusform>
            <numerusform>По жребию места заняли %n присяжных</numerusform>
        </translation>
    </message>
    <message>
        <source>The jury draw was undone, to draw again</source>
        <translation>Жеребьёвка присяжных отменена, чтобы провести её заново</translation>
    </message>
    <message>
        <source>{name} took the seat: {seat}</source>
        <translation>Место «{seat}» занято: {name}</translation>
    </message>
    <message>
        <source>The seat {seat} was left empty</source>
        <translation>Место «{seat}» освободилось</translation>
    </message>
    <message>
        <source>Seats swapped: {a} and {b}</source>
        <translation>Места поменялись: {a} и {b}</translation>
    </message>
    <message>
        <source>{name} ({seat}) left the jury</source>
        <translation>Выбыл из коллегии присяжных: {name} ({seat})</translation>
    </message>
    <message>
        <source>New phase: {phase}</source>
        <translation>Новый этап: {phase}</translation>
    </message>
    <message>
        <source>Trial: {stage} began</source>
        <translation>Разбирательство: начался этап «{stage}»</translation>
    </message>
    <message>
        <source>Trial: {stage} ended after {time}</source>
        <translation>Разбирательство: этап «{stage}» завершён ({time})</translation>
    </message>
    <message>
        <source>Objection by the prosecution</source>
        <translation>Возражение обвинения</translation>
    </message>
    <message>
        <source>Objection by the defence</source>
        <translation>Возражение защиты</translation>
    </message>
    <message>
        <source>Objection sustained</source>
        <translation>Возражение принято</translation>
    </message>
    <message>
        <source>Objection overruled</source>
        <translation>Возражение отклонено</translation>
    </message>
    <message>
        <source>Deliberation round {round} began</source>
        <translation>Начался раунд совещания {round}</translation>
    </message>
    <message>
        <source>Round {round}: {name} spoke for {time}</source>
        <translation>Раунд {round}, выступление ({time}): {name}</translation>
    </message>
    <message>
        <source>Round {round} ended after {time}</source>
        <translation>Раунд {round} завершён ({time})</translation>
    </message>
    <message>
        <source>Stance check, round {round}: {name} answered</source>
        <translation>Опрос позиций, раунд {round}: ответ получен — {name}</translation>
    </message>
    <message>
        <source>Stance check, round {round}: {name} said whose arguments moved them</source>
        <translation>Опрос позиций, раунд {round}: ответ о том, чьи доводы повлияли, — {name}</translation>
    </message>
    <message>
        <source>The stances of round {round} were shown to the class</source>
        <translation>Позиции раунда {round} показаны классу</translation>
    </message>
    <message>
        <source>Vote {vote} opened</source>
        <translation>Открыто голосование № {vote}</translation>
    </message>
    <message>
        <source>Vote {vote}: a secret ballot was cast ({voted} of {total})</source>
        <translation>Голосование № {vote}: подан тайный бюллетень ({voted} из {total})</translation>
    </message>
    <message>
        <source>Vote {vote}: {name} voted openly</source>
        <translation>Голосование № {vote}: открытый голос подан — {name}</translation>
    </message>
    <message>
        <source>Vote {vote} was annulled</source>
        <translation>Голосование № {vote} аннулировано</translation>
    </message>
    <message>
        <source>Vote {vote}: the ballots were revealed</source>
        <translation>Голосование № {vote}: бюллетени вскрыты</translation>
    </message>
    <message>
        <source>Verdict announced: guilty</source>
        <translation>Оглашён вердикт: виновен</translation>
    </message>
    <message>
        <source>Verdict announced: not guilty</source>
        <translation>Оглашён вердикт: не виновен</translation>
    </message>
    <message>
        <source>The jury could not agree (hung jury)</source>
        <translation>Присяжные не пришли к решению</translation>
    </message>
    <message>
        <source>Sentencing vote, round {round}</source>
        <translation>Голосование о наказании, тур {round}</translation>
    </message>
    <message>
        <source>Sentence announced: {sentence}</source>
        <translation>Оглашено наказание: {sentence}</translation>
    </message>
    <message>
        <source>A note was added</source>
        <translation>Добавлена заметка</translation>
    </message>
    <message>
        <source>A note was withdrawn</source>
        <translation>Заметка отозвана</translation>
    </message>
    <message>
        <source>The session was closed</source>
        <translation>Сеанс закрыт</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Веб-страницы (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Архивы ZIP (*.zip)</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml)</source>
        <translation>Файлы GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>GEXF files (*.gexf)</source>
        <translation>Файлы GEXF (*.gexf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Экспорт сеанса</translation>
    </message>
    <message>
        <source>Report for the class (PDF)</source>
        <translation>Отчёт для класса (PDF)</translation>
    </message>
    <message>
        <source>Report as a web page (HTML)</source>
        <translation>Отчёт в виде веб-страницы (HTML)</translation>
    </message>
    <message>
        <source>The whole session for research (JSON)</source>
        <translation>Весь сеанс для исследований (JSON)</translation>
    </message>
    <message>
        <source>Tables for a spreadsheet, R or Python (CSV, zip)</source>
        <translation>Таблицы для табличного редактора, R или Python (CSV, zip)</translation>
    </message>
    <message>
        <source>Influence network for Gephi or igraph (GraphML)</source>
        <translation>Сеть влияния для Gephi или igraph (GraphML)</translation>
    </message>
    <message>
        <source>Influence network with its timeline for Gephi (GEXF)</source>
        <translation>Сеть влияния с хронологией для Gephi (GEXF)</translation>
    </message>
    <message>
        <source>Network picture (PNG)</source>
        <translation>Изображение сети (PNG)</translation>
    </message>
    <message>
        <source>Network drawing (SVG)</source>
        <translation>Рисунок сети (SVG)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что экспортировать:</translation>
    </message>
    <message>
        <source>&amp;Language of the words:</source>
        <translation>&amp;Язык текста:</translation>
    </message>
    <message>
        <source>&amp;Call people by their seats (Juror 3, Judge 1), not by name</source>
        <translation>&amp;Называть участников по местам (Присяжный №&#xa0;3, Судья №&#xa0;1), а не по именам</translation>
    </message>
    <message>
        <source>Warning: the export will show the participants&apos; real names. Share it only with people allowed to see them.</source>
        <translation>Внимание: в экспорте будут видны настоящие имена участников. Передавайте его только тем, кому можно их видеть.</translation>
    </message>
    <message>
        <source>Include the free-text &amp;notes</source>
        <translation>Включать &amp;заметки (свободный текст)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save the export as a file</source>
        <translation>Сохранить экспорт в файл</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>&amp;Reported</source>
        <translation>&amp;Названное</translation>
    </message>
    <message>
        <source>&amp;Inferred</source>
        <translation>&amp;Выведенное</translation>
    </message>
    <message>
        <source>&amp;Animate</source>
        <translation>&amp;Анимация</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>По &amp;размеру окна</translation>
    </message>
    <message>
        <source>&amp;Export picture…</source>
        <translation>&amp;Экспорт изображения…</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>Распо&amp;ложение:</translation>
    </message>
    <message>
        <source>Courtroom seating</source>
        <translation>Схема рассадки</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Силовое расположение</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <source>Round shown</source>
        <translation>Показанный раунд</translation>
    </message>
    <message>
        <source>Influence network</source>
        <translation>Сеть влияния</translation>
    </message>
    <message>
        <source>Ctrl+wheel or + and - zoom; drag to move.</source>
        <translation>Масштаб: Ctrl + колёсико мыши или клавиши + и -; перетаскивайте, чтобы сдвинуть.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Воспроизвес&amp;ти</translation>
    </message>
    <message>
        <source>Round {n} of {total}</source>
        <translation>Раунд {n} из {total}</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Все раунды</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Запасной</translation>
    </message>
    <message>
        <source>Round {n}: {stance} ({confidence})</source>
        <translation>Раунд {n}: {stance} ({confidence})</translation>
    </message>
    <message>
        <source>{seat}, {name}</source>
        <translation>{seat}, {name}</translation>
    </message>
    <message>
        <source>No stance shown yet.</source>
        <translation>Позиция пока не показана.</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Экспортировать изображение</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Width in pixels (the height follows):</source>
        <translation>Ширина в пикселях (высота подстроится):</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>&amp;Recent sessions (%n)</source>
        <translation>
            <numerusform>Н&amp;едавние сеансы (%n)</numerusform>
            <numerusform>Н&amp;едавние сеансы (%n)</numerusform>
            <numerusform>Н&amp;едавние сеансы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} could not be opened: {reason}</source>
        <translation>Не удалось открыть файл {file}: {reason}</translation>
    </message>
    <message>
        <source>Replay a session</source>
        <translation>Воспроизвести сеанс</translation>
    </message>
    <message>
        <source>Sessions and session exports (*.alqa *.json);;Session files (*.alqa);;Session JSON (*.json)</source>
        <translation>Сеансы и экспорт сеансов (*.alqa *.json);;Файлы сеансов (*.alqa);;Сеанс в JSON (*.json)</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Переименование сеанса</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Удаление сеанса</translation>
    </message>
    <message>
        <source>Delete the session &quot;{title}&quot; and its backups? This cannot be undone.</source>
        <translation>Удалить сеанс «{title}» и его резервные копии? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Alqa</source>
        <translation>Alqa</translation>
    </message>
    <message>
        <source>Stage a mock trial: seat the court, deliberate, vote by secret ballot on this laptop, and see how opinions moved one another.</source>
        <translation>Проведите учебный судебный процесс: рассадите участников суда, проведите совещание, проголосуйте тайно на этом ноутбуке и посмотрите, как мнения влияли друг на друга.</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Новый &amp;сеанс…</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новый сеанс</translation>
    </message>
    <message>
        <source>Case &amp;library</source>
        <translation>&amp;Библиотека дел</translation>
    </message>
    <message>
        <source>Case library</source>
        <translation>Библиотека дел</translation>
    </message>
    <message>
        <source>Open the &amp;demo session</source>
        <translation>Открыть &amp;демо-сеанс</translation>
    </message>
    <message>
        <source>Open the demo session</source>
        <translation>Открыть демо-сеанс</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Re&amp;play a session…</source>
        <translation>&amp;Воспроизвести сеанс…</translation>
    </message>
    <message>
        <source>Replay a session, read-only</source>
        <translation>Воспроизвести сеанс только для чтения</translation>
    </message>
    <message>
        <source>Plan a less&amp;on…</source>
        <translation>Спланировать &amp;занятие…</translation>
    </message>
    <message>
        <source>Plan a lesson: what would a class decide?</source>
        <translation>Спланировать занятие: что решил бы класс?</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Continue the selected session</source>
        <translation>Продолжить выбранный сеанс</translation>
    </message>
    <message>
        <source>Rename the selected session</source>
        <translation>Переименовать выбранный сеанс</translation>
    </message>
    <message>
        <source>Ren&amp;ame…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Удалить выбранный сеанс</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Недавние сеансы</translation>
    </message>
    <message>
        <source>No sessions yet. Start a new session, or open the demo session to see a seated courtroom.</source>
        <translation>Сеансов пока нет. Начните новый сеанс или откройте демо-сеанс, чтобы увидеть зал суда, где все уже на своих местах.</translation>
    </message>
</context>
<context>
    <name>InfluenceCharts</name>
    <message>
        <source>Opinions</source>
        <translation>Мнения</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Подсчёт позиций</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Время выступлений</translation>
    </message>
    <message>
        <source>Deliberation charts</source>
        <translation>Диаграммы совещания</translation>
    </message>
    <message>
        <source>Choose a chart</source>
        <translation>Выберите диаграмму</translation>
    </message>
    <message>
        <source>Each member&apos;s opinion after each round</source>
        <translation>Мнение каждого участника после каждого раунда</translation>
    </message>
    <message>
        <source>Stances per round</source>
        <translation>Позиции по раундам</translation>
    </message>
    <message>
        <source>Talk time per member (minutes)</source>
        <translation>Время выступлений каждого участника (мин)</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>● not guilty</source>
        <translation>● не виновен</translation>
    </message>
    <message>
        <source>○ undecided</source>
        <translation>○ не определился</translation>
    </message>
    <message>
        <source>■ guilty</source>
        <translation>■ виновен</translation>
    </message>
    <message>
        <source>Round {no}</source>
        <translation>Раунд {no}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Minutes spoken</source>
        <translation>Время выступлений, мин</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <source>Questioning</source>
        <translation>Опрос кандидата</translation>
    </message>
    <message>
        <source>What did questioning bring out about {name}?</source>
        <translation>Кандидат: {name}. Что выяснилось при опросе?</translation>
    </message>
    <message>
        <source>Challenge for cause</source>
        <translation>Мотивированный отвод</translation>
    </message>
    <message>
        <source>Why can {name} not sit on this jury?</source>
        <translation>Кандидат: {name}. Почему он не может войти в эту коллегию?</translation>
    </message>
    <message numerus="yes">
        <source>The lot drew %n candidate(s) (seed {seed}, kept with the session).</source>
        <translation>
            <numerusform>Жребий выбрал %n кандидата (зерно: {seed}, хранится вместе с сеансом).</numerusform>
            <numerusform>Жребий выбрал %n кандидатов (зерно: {seed}, хранится вместе с сеансом).</numerusform>
            <numerusform>Жребий выбрал %n кандидатов (зерно: {seed}, хранится вместе с сеансом).</numerusform>
        </translation>
    </message>
    <message>
        <source>The lot will draw {size} candidates from the {free} students without a seat.</source>
        <translation>По жребию будет выбрано кандидатов: {size}; учеников без места: {free}.</translation>
    </message>
    <message>
        <source>Peremptory challenges left: prosecution {p}, defence {d}. Challenges for cause have no limit.</source>
        <translation>Осталось немотивированных отводов: у обвинения — {p}, у защиты — {d}. Мотивированные отводы не ограничены.</translation>
    </message>
    <message>
        <source>Jurors: {jurors}. Reserves: {reserves}.</source>
        <translation>Присяжные: {jurors}. Запасные: {reserves}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Challenged for cause: {reason}</source>
        <translation>Мотивированный отвод: {reason}</translation>
    </message>
    <message>
        <source>prosecution</source>
        <translation>обвинения</translation>
    </message>
    <message>
        <source>defence</source>
        <translation>защиты</translation>
    </message>
    <message>
        <source>Peremptory challenge by the {side}</source>
        <translation>Немотивированный отвод {side}</translation>
    </message>
    <message>
        <source>Reserve {n}</source>
        <translation>Запасной №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Juror {n}</source>
        <translation>Присяжный №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Jury selection</source>
        <translation>Отбор присяжных</translation>
    </message>
    <message>
        <source>Draw the candidates, question them, use the challenges, then seat the jury by lot.</source>
        <translation>Проведите жеребьёвку кандидатов, опросите их, заявите отводы, затем рассадите присяжных по жребию.</translation>
    </message>
    <message>
        <source>&amp;Draw the candidates</source>
        <translation>Провести &amp;жеребьёвку кандидатов</translation>
    </message>
    <message>
        <source>Draw &amp;again</source>
        <translation>&amp;Повторить жеребьёвку</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Добавить &amp;заметку…</translation>
    </message>
    <message>
        <source>Peremptory challenge by the &amp;prosecution</source>
        <translation>Немотивированный отвод &amp;обвинения</translation>
    </message>
    <message>
        <source>Peremptory challenge by the d&amp;efence</source>
        <translation>Немотивированный отвод за&amp;щиты</translation>
    </message>
    <message>
        <source>Challenge for &amp;cause…</source>
        <translation>&amp;Мотивированный отвод…</translation>
    </message>
    <message>
        <source>&amp;Withdraw the challenge</source>
        <translation>Отозвать о&amp;твод</translation>
    </message>
    <message>
        <source>&amp;Seat the jury by lot</source>
        <translation>&amp;Рассадить присяжных по жребию</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>&amp;Кандидаты:</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Questioning notes</source>
        <translation>Заметки по опросу</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>■ guilty</source>
        <translation>■ виновен</translation>
    </message>
    <message>
        <source>● not guilty</source>
        <translation>● не виновен</translation>
    </message>
    <message>
        <source>○ no verdict</source>
        <translation>○ вердикта нет</translation>
    </message>
    <message>
        <source>{court} (your court)</source>
        <translation>{court} (ваш суд)</translation>
    </message>
    <message>
        <source>{court}: guilty {guilty}%, not guilty {not_guilty}%, no verdict {hung}%</source>
        <translation>{court}: виновен — {guilty}%, не виновен — {not_guilty}%, вердикта нет — {hung}%</translation>
    </message>
    <message>
        <source>Share of simulated panels</source>
        <translation>Доля смоделированных коллегий</translation>
    </message>
    <message>
        <source>Verdicts per court: {scenario}</source>
        <translation>Вердикты по судам: {scenario}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Идёт расчёт…</translation>
    </message>
    <message>
        <source>The model could not be computed for this session. Details are in the log.</source>
        <translation>Для этого сеанса модель рассчитать не удалось. Подробности в журнале.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Your class, as it deliberated</source>
        <translation>Ваш класс — так, как он совещался</translation>
    </message>
    <message>
        <source>The scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>The other courts in the scenario</source>
        <translation>Другие суды в этом сценарии</translation>
    </message>
    <message>
        <source>The other courts</source>
        <translation>Другие суды</translation>
    </message>
    <message>
        <source>×{factor}</source>
        <translation>×{factor}</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Что если…</translation>
    </message>
    <message>
        <source>Without the &amp;judges (a classic jury)</source>
        <translation>Без суд&amp;ей (классический суд присяжных)</translation>
    </message>
    <message>
        <source>As your class sat</source>
        <translation>Как сидел ваш класс</translation>
    </message>
    <message>
        <source>2 judges + 9 jurors (Kazakhstan 2007)</source>
        <translation>2 судьи + 9 присяжных (Казахстан, 2007)</translation>
    </message>
    <message>
        <source>1 judge + 10 jurors (Kazakhstan today)</source>
        <translation>1 судья + 10 присяжных (Казахстан сегодня)</translation>
    </message>
    <message>
        <source>12 jurors alone</source>
        <translation>Только 12 присяжных</translation>
    </message>
    <message>
        <source>6 jurors alone</source>
        <translation>Только 6 присяжных</translation>
    </message>
    <message>
        <source>As your class did</source>
        <translation>Как было в вашем классе</translation>
    </message>
    <message>
        <source>Open (a show of hands)</source>
        <translation>Открыто (поднятием рук)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Тайно</translation>
    </message>
    <message>
        <source>Equal &amp;talk time for everyone</source>
        <translation>&amp;Равное время выступлений для всех</translation>
    </message>
    <message>
        <source>P&amp;anel:</source>
        <translation>&amp;Коллегия:</translation>
    </message>
    <message>
        <source>&amp;Stubbornness:</source>
        <translation>&amp;Упрямство:</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>Число прогоно&amp;в:</translation>
    </message>
    <message>
        <source>Stance chec&amp;ks:</source>
        <translation>Опрос &amp;позиций:</translation>
    </message>
    <message>
        <source>How firmly members keep their first opinion: ×1 as your class, ×2 twice as firm, ×0.5 half as firm.</source>
        <translation>Насколько твёрдо участники держатся первого мнения: ×1 — как в вашем классе, ×2 — вдвое твёрже, ×0.5 — вдвое слабее.</translation>
    </message>
    <message>
        <source>How many simulated deliberations: more runs, narrower intervals.</source>
        <translation>Сколько совещаний моделируется: чем больше прогонов, тем уже интервалы.</translation>
    </message>
    <message>
        <source>What the model says, in sentences</source>
        <translation>Что говорит модель — словами</translation>
    </message>
    <message>
        <source>Verdicts per court</source>
        <translation>Вердикты по судам</translation>
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
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Новый &amp;сеанс…</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <source>Case &amp;library</source>
        <translation>&amp;Библиотека дел</translation>
    </message>
    <message>
        <source>Open the &amp;demo session</source>
        <translation>Открыть &amp;демо-сеанс</translation>
    </message>
    <message>
        <source>&amp;Replay a session…</source>
        <translation>&amp;Воспроизвести сеанс…</translation>
    </message>
    <message>
        <source>Plan a less&amp;on…</source>
        <translation>Спланировать &amp;занятие…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Окно проектора</translation>
    </message>
    <message>
        <source>Projector &amp;mode (large text)</source>
        <translation>&amp;Режим проектора (крупный текст)</translation>
    </message>
    <message>
        <source>&amp;About Alqa</source>
        <translation>&amp;О программе Alqa</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>Не удалось открыть сеанс</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Stances, round by round</source>
        <translation>Позиции по раундам</translation>
    </message>
    <message>
        <source>Influence (reported)</source>
        <translation>Влияние (названное)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Stance (confidence)</source>
        <translation>Позиция (уверенность)</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Карточка участника</translation>
    </message>
    <message>
        <source>Moved by others</source>
        <translation>Влияние других на участника</translation>
    </message>
    <message>
        <source>Moved others</source>
        <translation>Влияние участника на других</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Bridge between camps</source>
        <translation>Мост между лагерями</translation>
    </message>
    <message>
        <source>Two-way links</source>
        <translation>Взаимные связи</translation>
    </message>
    <message>
        <source>Persuasion</source>
        <translation>Убедительность</translation>
    </message>
    <message>
        <source>Own movement</source>
        <translation>Сдвиг собственной позиции</translation>
    </message>
    <message>
        <source>Changes of stance</source>
        <translation>Смены позиции</translation>
    </message>
    <message>
        <source>Choose a member in the network or the charts.</source>
        <translation>Выберите участника в сети или на диаграммах.</translation>
    </message>
    <message>
        <source>{name}, {seat}</source>
        <translation>{name}, {seat}</translation>
    </message>
    <message>
        <source>Talk time: {minutes}:{seconds:02d} min. Turns taken: {turns}.</source>
        <translation>Время выступлений: {minutes}:{seconds:02d} мин. Выступлений: {turns}.</translation>
    </message>
    <message>
        <source>{symbol} {stance} ({confidence}%)</source>
        <translation>{symbol} {stance} ({confidence}&#xa0;%)</translation>
    </message>
    <message>
        <source>No stance shown yet.</source>
        <translation>Позиция пока не показана.</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>виновен</translation>
    </message>
    <message>
        <source>not guilty</source>
        <translation>не виновен</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>не определился</translation>
    </message>
    <message>
        <source>nobody reported</source>
        <translation>никто не назван</translation>
    </message>
    <message>
        <source>Moved by (arrows into this member):</source>
        <translation>Кто повлиял (стрелки к этому участнику):</translation>
    </message>
    <message>
        <source>Moved (arrows from this member):</source>
        <translation>На кого повлиял (стрелки от этого участника):</translation>
    </message>
    <message>
        <source>toward {stance} ×{n}</source>
        <translation>к позиции «{stance}» ×{n}</translation>
    </message>
    <message>
        <source>Votes are secret in this session.</source>
        <translation>В этом сеансе голосование тайное.</translation>
    </message>
    <message>
        <source>Vote {no}: {answers}</source>
        <translation>Голосование №&#xa0;{no}: {answers}</translation>
    </message>
    <message>
        <source>No votes cast yet.</source>
        <translation>Голосов пока нет.</translation>
    </message>
</context>
<context>
    <name>Msg</name>
    <message>
        <source>This is not an Alqa court model file.</source>
        <translation>Это не файл модели суда Alqa.</translation>
    </message>
    <message>
        <source>This court model is in format {version}, made by a newer Alqa (this one reads up to {supported}). Update Alqa to use it; the file is unchanged.</source>
        <translation>Эта модель суда записана в формате {version} более новой версией Alqa (эта версия читает форматы до {supported}). Чтобы использовать её, обновите Alqa; файл не изменён.</translation>
    </message>
    <message>
        <source>The court model file {path} could not be read ({reason}). Check that it is a UTF-8 JSON file.</source>
        <translation>Не удалось прочитать файл модели суда {path} ({reason}). Проверьте, что это JSON-файл в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>The court model needs &quot;{field}&quot;, written as shown in the format.</source>
        <translation>В модели суда должно быть поле &quot;{field}&quot;, записанное так, как указано в описании формата.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model must be a text.</source>
        <translation>Поле &quot;{field}&quot; в модели суда должно быть текстом.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model must be a whole number.</source>
        <translation>Поле &quot;{field}&quot; в модели суда должно быть целым числом.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model is {value}; it must be at least {minimum}.</source>
        <translation>Поле &quot;{field}&quot; в модели суда равно {value}, а должно быть не меньше {minimum}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model is {value}; it can be at most {maximum}.</source>
        <translation>Поле &quot;{field}&quot; в модели суда равно {value}, а может быть не больше {maximum}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not allowed in &quot;{field}&quot; of the court model. Use one of: {allowed}.</source>
        <translation>Значение &quot;{value}&quot; недопустимо в поле &quot;{field}&quot; модели суда. Используйте одно из следующих: {allowed}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: the first decision stage starts at 0 minutes and each later one later than the one before.</source>
        <translation>&quot;{field}&quot;: первый этап принятия решения начинается с 0-й минуты, а каждый следующий — позже предыдущего.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; asks for {need} votes, but the panel has only {panel}. Lower the majority or add seats.</source>
        <translation>&quot;{field}&quot;: требуется голосов — {need}, а в составе суда всего голосующих — {panel}. Уменьшите требуемое большинство или добавьте места.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: with {voters} voters this court could never reach a verdict, not even a unanimous one. Lower the majority or change who must be in it.</source>
        <translation>&quot;{field}&quot;: при числе голосующих {voters} этот суд никогда не сможет вынести вердикт, даже единогласный. Уменьшите большинство или измените требования к его составу.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: with {voters} voters, {against} votes against the accused and {favour} for them could both carry at once. The two majorities must add up to more than the panel.</source>
        <translation>&quot;{field}&quot;: при числе голосующих {voters} одновременно могут пройти и ответ не в пользу подсудимого (голосов: {against}), и ответ в его пользу (голосов: {favour}). Сумма двух большинств должна превышать численность состава.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: with {voters} voters, {yes} yes, {no} no and {blank} blank would decide nothing, but this court has no hung jury. Set &quot;decision.hung&quot; to true, or let anything short of the majority favour the accused (&quot;favour&quot;: &quot;rest&quot;).</source>
        <translation>&quot;{field}&quot;: при числе голосующих {voters} результат «да» — {yes}, «нет» — {no}, пустых — {blank} ничего бы не решил, а в этом суде присяжные не могут остаться без решения. Задайте для &quot;decision.hung&quot; значение true или сделайте так, чтобы всё, что меньше большинства, решалось в пользу подсудимого (&quot;favour&quot;: &quot;rest&quot;).</translation>
    </message>
    <message>
        <source>The court model {model} has no variant &quot;{variant}&quot;.</source>
        <translation>У модели суда {model} нет варианта &quot;{variant}&quot;.</translation>
    </message>
    <message>
        <source>There is no court model &quot;{id}&quot;. Known models: {known}.</source>
        <translation>Модели суда &quot;{id}&quot; нет. Известные модели: {known}.</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; cannot name your own court model: use up to 40 small Latin letters, digits and dashes, and not the id of a built-in model.</source>
        <translation>«{id}» нельзя использовать как идентификатор своей модели суда: используйте до 40 строчных латинских букв, цифр и дефисов; идентификатор встроенной модели не подходит.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} has the role &quot;{value}&quot;; a ballot&apos;s role is judge or juror.</source>
        <translation>В бюллетене № {index} по вопросу {question} указана роль &quot;{value}&quot;; роль в бюллетене может быть только &quot;judge&quot; (судья) или &quot;juror&quot; (присяжный).</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} answers &quot;{value}&quot;; the answer is yes, no or blank.</source>
        <translation>В бюллетене № {index} по вопросу {question} ответ &quot;{value}&quot;; ответ может быть только &quot;yes&quot; (да), &quot;no&quot; (нет) или &quot;blank&quot; (пустой).</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is a judge&apos;s, but in this court the jurors decide alone.</source>
        <translation>Бюллетень № {index} по вопросу {question} подан судьёй, но в этом суде присяжные решают без судей.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is a juror&apos;s, but in this court jurors do not vote on it.</source>
        <translation>Бюллетень № {index} по вопросу {question} подан присяжным, но в этом суде присяжные по этому вопросу не голосуют.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is blank, but in this court nobody may abstain: the ballot must be cast again, yes or no.</source>
        <translation>Бюллетень № {index} по вопросу {question} пустой, но в этом суде воздерживаться нельзя: нужно проголосовать заново, «да» или «нет».</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is one judge&apos;s ballot too many: {seats} judges vote here.</source>
        <translation>Бюллетень № {index} по вопросу {question} — лишний бюллетень судьи: число голосующих судей — {seats}.</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is one juror&apos;s ballot too many: {seats} jurors are sitting.</source>
        <translation>Бюллетень № {index} по вопросу {question} — лишний бюллетень присяжного: число присяжных в составе — {seats}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time: give the minutes of deliberation, 0 or more.</source>
        <translation>&quot;{value}&quot; — это не время: укажите продолжительность совещания в минутах, 0 или больше.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; jurors cannot be sitting: this court has seats for {seats}.</source>
        <translation>Число присяжных &quot;{value}&quot; невозможно: в этом суде мест для присяжных — {seats}.</translation>
    </message>
    <message>
        <source>The question {question} is put twice.</source>
        <translation>Вопрос {question} поставлен дважды.</translation>
    </message>
    <message>
        <source>The question {question} is of the kind &quot;{kind}&quot;, which this court does not put. It puts: {allowed}.</source>
        <translation>Вопрос {question} относится к виду &quot;{kind}&quot;, а такие вопросы этот суд не ставит. Он ставит: {allowed}.</translation>
    </message>
    <message>
        <source>There are ballots for {question}, but no such question was put.</source>
        <translation>Есть бюллетени по вопросу {question}, но такой вопрос не ставился.</translation>
    </message>
    <message>
        <source>No verdict yet: no question has been put to the panel.</source>
        <translation>Вердикта пока нет: коллегии ещё не поставлен ни один вопрос.</translation>
    </message>
    <message>
        <source>The trial is void: {sitting} jurors are left and this court needs {minimum}; selection starts again.</source>
        <translation>Разбирательство недействительно: присяжных осталось — {sitting}, а этому суду нужно {minimum}; отбор начинается заново.</translation>
    </message>
    <message>
        <source>The jury is discharged: {sitting} jurors are left and this court needs at least {minimum}; the case is tried again.</source>
        <translation>Коллегия присяжных распущена: присяжных осталось — {sitting}, а этому суду нужно не менее {minimum}; дело будет рассмотрено заново.</translation>
    </message>
    <message>
        <source>Guilty: {need} of {voters} votes were needed against the accused on every question, and the closest, question {question}, had {yes}.</source>
        <translation>Виновен: по каждому вопросу нужно было {need} из {voters} голосов против подсудимого; меньше всего таких голосов было по вопросу {question} — {yes}.</translation>
    </message>
    <message>
        <source>Guilty: on every question a majority of at least {need} of {voters} votes answered against the accused; the count itself is not revealed.</source>
        <translation>Виновен: по каждому вопросу большинство не менее {need} из {voters} голосов ответило не в пользу подсудимого; точное число голосов не оглашается.</translation>
    </message>
    <message>
        <source>Guilty: the answer had to be unanimous, and all {voters} votes went against the accused.</source>
        <translation>Виновен: ответ должен был быть единогласным, и все голоса ({voters} из {voters}) поданы против подсудимого.</translation>
    </message>
    <message>
        <source>Guilty by a majority of {yes} to {no} ({need} of {voters} were needed); the foreperson states these numbers in open court.</source>
        <translation>Виновен большинством голосов: {yes} против {no} (нужно было {need} из {voters}); старшина оглашает это соотношение в открытом судебном заседании.</translation>
    </message>
    <message>
        <source>Guilty, and the accused deserves leniency: {lenient} of {voters} votes on question {question} were for leniency, and {need} were enough.</source>
        <translation>Виновен, но заслуживает снисхождения: по вопросу {question} за снисхождение подано {lenient} из {voters} голосов, а достаточно было {need}.</translation>
    </message>
    <message>
        <source>Guilty, and the accused deserves leniency: refusing it needed {need} of {voters} votes on question {question}, and it had {against}.</source>
        <translation>Виновен, но заслуживает снисхождения: чтобы отказать в снисхождении, по вопросу {question} нужно было {need} из {voters} голосов, а таких голосов было {against}.</translation>
    </message>
    <message>
        <source>Guilty, without leniency: {against} of {voters} votes on question {question} refused it, and {need} were needed.</source>
        <translation>Виновен, снисхождения не заслуживает: по вопросу {question} против снисхождения подано {against} из {voters} голосов, а нужно было {need}.</translation>
    </message>
    <message>
        <source>Not guilty: {need} of {voters} votes for the accused on question {question} acquit, and it had {favour}.</source>
        <translation>Не виновен: для оправдания достаточно {need} из {voters} голосов в пользу подсудимого по вопросу {question}, а таких голосов было {favour}.</translation>
    </message>
    <message>
        <source>Not guilty: half of the votes is enough for the accused, so {need} of {voters} on question {question} acquit, and it had {favour}.</source>
        <translation>Не виновен: для оправдания достаточно половины голосов, то есть {need} из {voters} по вопросу {question}, а в пользу подсудимого было подано {favour}.</translation>
    </message>
    <message>
        <source>Not guilty: all {voters} votes on question {question} were for the accused.</source>
        <translation>Не виновен: по вопросу {question} все голоса ({voters} из {voters}) поданы в пользу подсудимого.</translation>
    </message>
    <message>
        <source>Not guilty by a majority of {favour} to {against} ({need} of {voters} were needed); the numbers need not be stated.</source>
        <translation>Не виновен большинством голосов: {favour} против {against} (нужно было {need} из {voters}); соотношение голосов можно не оглашать.</translation>
    </message>
    <message>
        <source>Not guilty: {need} of {voters} votes were needed against the accused on question {question}, and it had {yes}.</source>
        <translation>Не виновен: по вопросу {question} нужно было {need} из {voters} голосов против подсудимого, а таких голосов было {yes}.</translation>
    </message>
    <message>
        <source>Not guilty: the majority of at least {need} of {voters} votes against the accused was not reached on question {question}.</source>
        <translation>Не виновен: по вопросу {question} против подсудимого не набралось большинства — не менее {need} из {voters} голосов.</translation>
    </message>
    <message>
        <source>Not guilty: the majority of at least {need} of {voters} votes against the accused was not reached on question {question}, and blank ballots count for the accused.</source>
        <translation>Не виновен: по вопросу {question} против подсудимого не набралось большинства — не менее {need} из {voters} голосов, а пустые бюллетени засчитываются в пользу подсудимого.</translation>
    </message>
    <message>
        <source>Guilty: {need} of {voters} votes were needed against the accused, at least {judges_need} of them from judges and {lay_need} from lay members; question {question} had {yes}, {judges_yes} from judges and {lay_yes} from lay members.</source>
        <translation>Виновен: нужно было {need} из {voters} голосов против подсудимого, среди них не менее {judges_need} от судей и не менее {lay_need} от непрофессиональных членов коллегии; по вопросу {question} таких голосов было {yes}: от судей — {judges_yes}, от непрофессиональных членов — {lay_yes}.</translation>
    </message>
    <message>
        <source>Not guilty: question {question} had {yes} of {voters} votes against the accused ({need} needed), but at least {judges_need} of them had to come from judges and {lay_need} from lay members, and {judges_yes} came from judges and {lay_yes} from lay members.</source>
        <translation>Не виновен: по вопросу {question} против подсудимого подано {yes} из {voters} голосов (нужно было {need}), но среди них должно было быть не менее {judges_need} от судей и не менее {lay_need} от непрофессиональных членов коллегии, а было: от судей — {judges_yes}, от непрофессиональных членов — {lay_yes}.</translation>
    </message>
    <message>
        <source>No verdict yet: every answer up to question {question} went against the accused, and main questions still to be put: {missing}.</source>
        <translation>Вердикта пока нет: все ответы вплоть до вопроса {question} — не в пользу подсудимого, а ещё не поставлено основных вопросов: {missing}.</translation>
    </message>
    <message>
        <source>No verdict yet: question {question} has {cast} of {voters} ballots, and {missing} are still to come.</source>
        <translation>Вердикта пока нет: по вопросу {question} подано бюллетеней: {cast} из {voters}, ещё ожидается: {missing}.</translation>
    </message>
    <message>
        <source>No verdict yet: until {from_minutes} minutes of deliberation only a unanimous answer is accepted, and question {question} stands at {yes} to {no}. Deliberate on.</source>
        <translation>Вердикта пока нет: в первые {from_minutes} мин совещания принимается только единогласный ответ, а по вопросу {question} «да» — {yes}, «нет» — {no}. Продолжайте совещание.</translation>
    </message>
    <message>
        <source>No verdict yet: question {question} stands at {yes} to {no}, and {need} of {voters} votes are needed; from {from_minutes} minutes of deliberation {next_need} will be enough. Deliberate on.</source>
        <translation>Вердикта пока нет: по вопросу {question} «да» — {yes}, «нет» — {no}, а нужно {need} из {voters} голосов; после {from_minutes} мин совещания будет достаточно {next_need}. Продолжайте совещание.</translation>
    </message>
    <message>
        <source>No verdict: question {question} stands at {yes} to {no}, and {need} of {voters} votes are needed either way. The jury may deliberate on, or the judge may discharge it as a hung jury and the case may be tried again.</source>
        <translation>Вердикта нет: по вопросу {question} «да» — {yes}, «нет» — {no}, а для любого ответа нужно {need} из {voters} голосов. Присяжные могут продолжить совещание, или судья может распустить коллегию как не пришедшую к решению, и тогда дело может быть рассмотрено заново.</translation>
    </message>
    <message>
        <source>No verdict yet: question {question} stands at {yes} to {no}, and {need} of {voters} votes are needed. Deliberate on.</source>
        <translation>Вердикта пока нет: по вопросу {question} «да» — {yes}, «нет» — {no}, а нужно {need} из {voters} голосов. Продолжайте совещание.</translation>
    </message>
    <message>
        <source>Partial verdict: guilty on {guilty}. Question {open} stands at {yes} to {no} with {need} of {voters} votes needed either way: the jury may deliberate on, or be discharged on that charge and the case tried again on it.</source>
        <translation>Частичный вердикт: «виновен» по вопросам {guilty}. По вопросу {open} «да» — {yes}, «нет» — {no}, а для любого ответа нужно {need} из {voters} голосов: присяжные могут продолжить совещание, либо коллегию могут распустить в части этого обвинения, и дело в этой части рассмотрят заново.</translation>
    </message>
    <message>
        <source>Partial verdict: guilty on {guilty}. Question {open} stands at {yes} to {no} with {need} of {voters} votes needed: deliberate on.</source>
        <translation>Частичный вердикт: «виновен» по вопросам {guilty}. По вопросу {open} «да» — {yes}, «нет» — {no}, а нужно {need} из {voters} голосов: продолжайте совещание.</translation>
    </message>
    <message>
        <source>Partial verdict: guilty on {guilty}. After question {open}, ballots or questions are still to come.</source>
        <translation>Частичный вердикт: «виновен» по вопросам {guilty}. После вопроса {open} ещё ожидаются бюллетени или вопросы.</translation>
    </message>
    <message>
        <source>{years} years in prison</source>
        <translation>{years}-летний срок лишения свободы</translation>
    </message>
    <message>
        <source>life imprisonment</source>
        <translation>пожизненное лишение свободы</translation>
    </message>
    <message>
        <source>death</source>
        <translation>смертная казнь</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a penalty: give years in prison (a number), &quot;life&quot; or &quot;death&quot;.</source>
        <translation>&quot;{value}&quot; — не наказание: укажите срок лишения свободы в годах (числом), &quot;life&quot; или &quot;death&quot;.</translation>
    </message>
    <message>
        <source>In this court the judge alone passes sentence; the panel does not vote on it.</source>
        <translation>В этом суде наказание назначает только судья; коллегия по этому вопросу не голосует.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} has the role &quot;{role}&quot;; a ballot&apos;s role is judge or juror.</source>
        <translation>В бюллетене № {index} в {round}-м туре голосования о наказании указана роль &quot;{role}&quot;; роль в бюллетене может быть только &quot;judge&quot; (судья) или &quot;juror&quot; (присяжный).</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is a judge&apos;s, but judges do not vote in this court.</source>
        <translation>Бюллетень № {index} в {round}-м туре голосования о наказании подан судьёй, но в этом суде судьи не голосуют.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is a juror&apos;s, but jurors do not vote in this court.</source>
        <translation>Бюллетень № {index} в {round}-м туре голосования о наказании подан присяжным, но в этом суде присяжные не голосуют.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is one judge&apos;s ballot too many: {seats} judges vote here.</source>
        <translation>Бюллетень № {index} в {round}-м туре голосования о наказании — лишний бюллетень судьи: число голосующих судей — {seats}.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is one juror&apos;s ballot too many: {seats} jurors are sitting.</source>
        <translation>Бюллетень № {index} в {round}-м туре голосования о наказании — лишний бюллетень присяжного: число присяжных в составе — {seats}.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} proposes {penalty}, but the sentence can now be at most {ceiling}.</source>
        <translation>Бюллетень № {index} в {round}-м туре голосования о наказании предлагает наказание «{penalty}», но теперь наказание не может быть строже, чем «{ceiling}».</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} proposes {penalty}, but {below} and anything harsher were set aside after the round before.</source>
        <translation>Бюллетень № {index} в {round}-м туре голосования о наказании предлагает наказание «{penalty}», но после предыдущего тура наказание «{below}» и всё, что строже, исключены.</translation>
    </message>
    <message>
        <source>No sentencing vote has been held yet.</source>
        <translation>Голосование о наказании ещё не проводилось.</translation>
    </message>
    <message>
        <source>No penalty was voted for in round {round}.</source>
        <translation>В {round}-м туре ни за одно наказание не проголосовали.</translation>
    </message>
    <message>
        <source>The sentence is {penalty}: {votes} of {voters} votes were for it, and {need} were needed.</source>
        <translation>Назначено наказание — {penalty}: за него подано {votes} из {voters} голосов, а нужно было {need}.</translation>
    </message>
    <message>
        <source>No sentence of {penalty}: it needs {need} of {voters} votes, and it had {votes}.</source>
        <translation>Наказание «{penalty}» не назначено: для него нужно {need} из {voters} голосов, а подано {votes}.</translation>
    </message>
    <message>
        <source>No sentence of {penalty}: more than {years} years in prison needs at least {need} of {voters} votes, and it had {votes}.</source>
        <translation>Наказание «{penalty}» не назначено: для лишения свободы на срок свыше {years} лет нужно не менее {need} из {voters} голосов, а подано {votes}.</translation>
    </message>
    <message>
        <source>No sentence of {penalty}: it needs all {voters} votes, and it had {votes}.</source>
        <translation>Наказание «{penalty}» не назначено: для него нужно единогласие ({voters} из {voters} голосов), а подано {votes}.</translation>
    </message>
    <message>
        <source>No sentence of {penalty}: it needs at least {need} of {voters} votes, and it had {votes}.</source>
        <translation>Наказание «{penalty}» не назначено: для него нужно не менее {need} из {voters} голосов, а подано {votes}.</translation>
    </message>
    <message>
        <source>A sentence of {penalty} is refused: it needs at least {need} of {voters} votes and had {votes}, so the sentence can be at most {cap}. Vote again.</source>
        <translation>Наказание «{penalty}» отклонено: для него нужно не менее {need} из {voters} голосов, а подано {votes}, поэтому наказание не может быть строже, чем «{cap}». Проголосуйте ещё раз.</translation>
    </message>
    <message>
        <source>No penalty had the {need} of {voters} votes needed in round {round}; round {next} follows.</source>
        <translation>В {round}-м туре ни одно наказание не получило нужных {need} из {voters} голосов; далее — {next}-й тур.</translation>
    </message>
    <message>
        <source>No penalty had the {need} of {voters} votes needed in round {round}; in round {next} the harshest penalty proposed, {penalty}, is set aside.</source>
        <translation>В {round}-м туре ни одно наказание не получило нужных {need} из {voters} голосов; в {next}-м туре самое строгое из предложенных наказаний — «{penalty}» — исключается.</translation>
    </message>
    <message>
        <source>The sentence is {penalty}: it had {own} votes, and with the votes for harsher opinions added it has {votes} of {voters} ({judges} from judges, {lay} from lay members); {need} were needed.</source>
        <translation>Назначено наказание — {penalty}: за него подано голосов — {own}, а вместе с голосами за более строгие мнения — {votes} из {voters} (от судей — {judges}, от непрофессиональных членов — {lay}); нужно было {need}.</translation>
    </message>
    <message>
        <source>The ballots fit this court&apos;s panel and count as cast.</source>
        <translation>Бюллетени соответствуют составу этого суда и учитываются в том виде, в каком поданы.</translation>
    </message>
    <message>
        <source>The judges&apos; ballots are left out: in this court jurors decide alone.</source>
        <translation>Бюллетени судей не учитываются: в этом суде присяжные решают без судей.</translation>
    </message>
    <message>
        <source>The judges&apos; ballots are left out, as jurors decide alone in this court, and the {cast} jurors&apos; ballots count as {seats} jurors&apos; in proportion, halves going to the accused.</source>
        <translation>Бюллетени судей не учитываются, так как в этом суде присяжные решают без судей, а бюллетени присяжных (всего {cast}) пропорционально приводятся к числу присяжных этого суда — {seats}; половины голосов округляются в пользу подсудимого.</translation>
    </message>
    <message>
        <source>The {cast} jurors&apos; ballots count as {seats} jurors&apos; in proportion, halves going to the accused.</source>
        <translation>Бюллетени присяжных (всего {cast}) пропорционально приводятся к числу присяжных этого суда — {seats}; половины голосов округляются в пользу подсудимого.</translation>
    </message>
    <message>
        <source>The judges&apos; and the lay members&apos; ballots are each scaled in proportion to this court&apos;s seats (judges: {judges}, lay members: {lay}), halves going to the accused.</source>
        <translation>Бюллетени судей и непрофессиональных членов коллегии по отдельности пропорционально приводятся к составу этого суда (судей — {judges}, непрофессиональных членов — {lay}); половины голосов округляются в пользу подсудимого.</translation>
    </message>
    <message>
        <source>No judge voted, so this court&apos;s judges ({judges}) are counted as voting like the whole panel, and the {cast} jurors&apos; ballots count as {lay} lay members&apos;, in proportion, halves going to the accused.</source>
        <translation>Ни один судья не голосовал, поэтому считается, что судьи этого суда (их {judges}) голосуют так же, как коллегия в целом, а бюллетени присяжных (всего {cast}) пропорционально приводятся к числу непрофессиональных членов — {lay}; половины голосов округляются в пользу подсудимого.</translation>
    </message>
    <message>
        <source>The votes against the accused must include at least {judges} from judges and {lay} from lay members.</source>
        <translation>Среди голосов против подсудимого должно быть не менее {judges} от судей и не менее {lay} от непрофессиональных членов коллегии.</translation>
    </message>
    <message>
        <source>This court puts one question per charge; it is answered with the ballots of the main question least against the accused ({question}).</source>
        <translation>Этот суд ставит по каждому обвинению один вопрос; ответ на него берётся из бюллетеней по тому основному вопросу, где голосов против подсудимого меньше всего ({question}).</translation>
    </message>
    <message>
        <source>This court puts three main questions per charge; each is answered with the ballots on the single question of guilt.</source>
        <translation>Этот суд ставит по каждому обвинению три основных вопроса; ответ на каждый из них берётся из бюллетеней по единственному вопросу о виновности.</translation>
    </message>
    <message>
        <source>This court asks no leniency question; that answer is left out.</source>
        <translation>Этот суд не ставит вопрос о снисхождении; этот ответ не учитывается.</translation>
    </message>
    <message>
        <source>This court would also ask about leniency after a guilty answer; there are no ballots for it.</source>
        <translation>Этот суд после ответа «виновен» поставил бы и вопрос о снисхождении, но бюллетеней по нему нет.</translation>
    </message>
    <message>
        <source>This court allows no abstention, so blank ballots count for the accused.</source>
        <translation>Этот суд не допускает воздержания, поэтому пустые бюллетени засчитываются в пользу подсудимого.</translation>
    </message>
    <message>
        <source>{lay} jurors deliberate and vote alone, without the judge.</source>
        <translation>{lay} присяжных заседателей совещаются и голосуют одни, без судьи.</translation>
    </message>
    <message>
        <source>{lay} jurors deliberate and vote alone, without the judge, led by a foreperson.</source>
        <translation>{lay} присяжных заседателей совещаются и голосуют одни, без судьи, под руководством старшины.</translation>
    </message>
    <message>
        <source>{judges} judges and {lay} jurors deliberate and vote together, one vote each.</source>
        <translation>Судьи ({judges}) и присяжные заседатели ({lay}) совещаются и голосуют вместе; у каждого один голос.</translation>
    </message>
    <message>
        <source>The judge and {lay} jurors deliberate and vote together, one vote each.</source>
        <translation>Судья и {lay} присяжных заседателей совещаются и голосуют вместе; у каждого один голос.</translation>
    </message>
    <message>
        <source>{judges} professional judges and {lay} lay judges deliberate and vote together, one vote each.</source>
        <translation>Профессиональные судьи ({judges}) и непрофессиональные судьи ({lay}) совещаются и голосуют вместе; у каждого один голос.</translation>
    </message>
    <message>
        <source>One professional judge and {lay} lay judges deliberate and vote together, one vote each.</source>
        <translation>Один профессиональный судья и непрофессиональные судьи ({lay}) совещаются и голосуют вместе; у каждого один голос.</translation>
    </message>
    <message>
        <source>They vote by secret ballot, in no set order.</source>
        <translation>Голосование тайное, без установленного порядка.</translation>
    </message>
    <message>
        <source>They vote by secret ballot, in seat order.</source>
        <translation>Голосование тайное, по порядку мест.</translation>
    </message>
    <message>
        <source>They vote by secret ballot, in seat order, and the foreperson votes last.</source>
        <translation>Голосование тайное, по порядку мест; старшина голосует последним.</translation>
    </message>
    <message>
        <source>They vote openly, in no set order.</source>
        <translation>Голосование открытое, без установленного порядка.</translation>
    </message>
    <message>
        <source>They vote openly, in seat order.</source>
        <translation>Голосование открытое, по порядку мест.</translation>
    </message>
    <message>
        <source>They vote openly, in seat order, and the foreperson votes last.</source>
        <translation>Голосование открытое, по порядку мест; старшина голосует последним.</translation>
    </message>
    <message>
        <source>The law sets no way or order of voting: the panel chooses how to vote.</source>
        <translation>Закон не устанавливает ни способа, ни порядка голосования: коллегия решает это сама.</translation>
    </message>
    <message>
        <source>The law sets no way of voting; they vote in seat order.</source>
        <translation>Закон не устанавливает способа голосования; голосуют по порядку мест.</translation>
    </message>
    <message>
        <source>The law sets no way of voting; they vote in seat order, and the foreperson votes last.</source>
        <translation>Закон не устанавливает способа голосования; голосуют по порядку мест, старшина — последним.</translation>
    </message>
    <message>
        <source>For each charge they answer three questions: did the act take place, did the accused do it, is the accused guilty; an answer for the accused on any of them acquits.</source>
        <translation>По каждому обвинению отвечают на три вопроса: имело ли место деяние, совершил ли его подсудимый, виновен ли подсудимый; ответ в пользу подсудимого на любой из них означает оправдание.</translation>
    </message>
    <message>
        <source>For each charge they answer three questions: did the act take place, did the accused do it, is the accused guilty; an answer for the accused on any of them acquits, and after a guilty answer they decide whether the accused deserves leniency.</source>
        <translation>По каждому обвинению отвечают на три вопроса: имело ли место деяние, совершил ли его подсудимый, виновен ли подсудимый; ответ в пользу подсудимого на любой из них означает оправдание, а после ответа «виновен» решают, заслуживает ли подсудимый снисхождения.</translation>
    </message>
    <message>
        <source>For each charge they answer one question: is the accused guilty of it.</source>
        <translation>По каждому обвинению отвечают на один вопрос: виновен ли в нём подсудимый.</translation>
    </message>
    <message>
        <source>For each charge they answer one question, is the accused guilty of it, and after a guilty answer they decide whether the accused deserves leniency.</source>
        <translation>По каждому обвинению отвечают на один вопрос — виновен ли в нём подсудимый, а после ответа «виновен» решают, заслуживает ли он снисхождения.</translation>
    </message>
    <message>
        <source>Every answer must be unanimous: all {voters} votes.</source>
        <translation>Каждый ответ должен быть единогласным: {voters} из {voters} голосов.</translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation only a unanimous answer, all {voters} votes, is accepted.</source>
        <translation>В первые {until} мин совещания принимается только единогласный ответ: {voters} из {voters} голосов.</translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, every answer must be unanimous: all {voters} votes.</source>
        <translation>После {minutes} мин совещания каждый ответ должен быть единогласным: {voters} из {voters} голосов.</translation>
    </message>
    <message>
        <source>{need} of {voters} votes decide.</source>
        <translation>Для решения нужно {need} из {voters} голосов.</translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation, {need} of {voters} votes decide.</source>
        <translation>В первые {until} мин совещания для решения нужно {need} из {voters} голосов.</translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, {need} of {voters} votes decide.</source>
        <translation>После {minutes} мин совещания для решения нужно {need} из {voters} голосов.</translation>
    </message>
    <message>
        <source>An answer against the accused needs {need} of {voters} votes; {favour} votes are enough for an answer in the accused&apos;s favour.</source>
        <translation>Для ответа не в пользу подсудимого нужно {need} из {voters} голосов; для ответа в его пользу достаточно {favour}.</translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation, an answer against the accused needs {need} of {voters} votes, and {favour} votes are enough for an answer in the accused&apos;s favour.</source>
        <translation>В первые {until} мин совещания для ответа не в пользу подсудимого нужно {need} из {voters} голосов, а для ответа в его пользу достаточно {favour}.</translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, an answer against the accused needs {need} of {voters} votes, and {favour} votes are enough for an answer in the accused&apos;s favour.</source>
        <translation>После {minutes} мин совещания для ответа не в пользу подсудимого нужно {need} из {voters} голосов, а для ответа в его пользу достаточно {favour}.</translation>
    </message>
    <message>
        <source>An answer against the accused needs at least {need} of {voters} votes; anything less is an answer in the accused&apos;s favour.</source>
        <translation>Для ответа не в пользу подсудимого нужно не менее {need} из {voters} голосов; если их меньше, ответ считается данным в пользу подсудимого.</translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation, an answer against the accused needs at least {need} of {voters} votes; anything less is an answer in the accused&apos;s favour.</source>
        <translation>В первые {until} мин совещания для ответа не в пользу подсудимого нужно не менее {need} из {voters} голосов; если их меньше, ответ считается данным в пользу подсудимого.</translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, an answer against the accused needs at least {need} of {voters} votes; anything less is an answer in the accused&apos;s favour.</source>
        <translation>После {minutes} мин совещания для ответа не в пользу подсудимого нужно не менее {need} из {voters} голосов; если их меньше, ответ считается данным в пользу подсудимого.</translation>
    </message>
    <message>
        <source>With {jurors} jurors left on the bench, an answer against the accused needs {need} of {voters} votes.</source>
        <translation>Если в коллегии осталось {jurors} присяжных, для ответа не в пользу подсудимого нужно {need} из {voters} голосов.</translation>
    </message>
    <message>
        <source>There is no abstention: a blank ballot must be cast again.</source>
        <translation>Воздерживаться нельзя: вместо пустого бюллетеня нужно проголосовать заново.</translation>
    </message>
    <message>
        <source>A blank ballot counts for the accused.</source>
        <translation>Пустой бюллетень засчитывается в пользу подсудимого.</translation>
    </message>
    <message>
        <source>A blank ballot counts for neither side.</source>
        <translation>Пустой бюллетень не засчитывается ни одной из сторон.</translation>
    </message>
    <message>
        <source>If they cannot agree, the judge may discharge them as a hung jury, and the case may be tried again.</source>
        <translation>Если присяжные не придут к согласию, судья может распустить коллегию как не пришедшую к решению, и дело может быть рассмотрено заново.</translation>
    </message>
    <message>
        <source>In the end there is always a verdict.</source>
        <translation>В итоге вердикт выносится всегда.</translation>
    </message>
    <message>
        <source>If fewer than {minimum} jurors are left, the trial is void.</source>
        <translation>Если присяжных осталось меньше {minimum}, разбирательство признаётся недействительным.</translation>
    </message>
    <message>
        <source>If fewer than {minimum} jurors are left, the jury is discharged and the case is tried again.</source>
        <translation>Если присяжных осталось меньше {minimum}, коллегия распускается и дело рассматривается заново.</translation>
    </message>
    <message>
        <source>Reserves step in for anyone who drops out; if none is left, the trial is void.</source>
        <translation>Выбывших заменяют запасные; если запасных не осталось, разбирательство признаётся недействительным.</translation>
    </message>
    <message>
        <source>Reserves step in for anyone who drops out; if none is left, the jury is discharged.</source>
        <translation>Выбывших заменяют запасные; если запасных не осталось, коллегия распускается.</translation>
    </message>
    <message>
        <source>The judge alone passes sentence.</source>
        <translation>Наказание назначает только судья.</translation>
    </message>
    <message>
        <source>The whole panel also votes on the sentence: {need} of {voters} votes decide.</source>
        <translation>О наказании тоже голосует весь состав суда: для решения нужно {need} из {voters} голосов.</translation>
    </message>
    <message>
        <source>The whole panel also votes on the sentence: {need} of {voters} votes decide, and if {rounds} rounds give no majority, each further round sets aside the harshest penalty proposed.</source>
        <translation>О наказании тоже голосует весь состав суда: для решения нужно {need} из {voters} голосов, а если большинства нет и после {rounds}-го тура, то в каждом следующем туре исключается самое строгое из предложенных наказаний.</translation>
    </message>
    <message>
        <source>The whole panel also votes on the sentence, with the same majority; if no penalty has it, the votes for the harshest penalty are added to the next milder one until one has it.</source>
        <translation>О наказании тоже голосует весь состав суда тем же большинством; если его не набирает ни одно наказание, голоса за самое строгое прибавляются к следующему, более мягкому, и так до тех пор, пока одно из наказаний не наберёт большинства.</translation>
    </message>
    <message>
        <source>More than {years} years in prison needs at least {need} of {voters} votes.</source>
        <translation>Для лишения свободы на срок свыше {years} лет нужно не менее {need} из {voters} голосов.</translation>
    </message>
    <message>
        <source>A sentence of {penalty} needs all {voters} votes.</source>
        <translation>Наказание «{penalty}» назначается только единогласно: {voters} из {voters} голосов.</translation>
    </message>
    <message>
        <source>A sentence of {penalty} needs at least {need} of {voters} votes.</source>
        <translation>Для наказания «{penalty}» нужно не менее {need} из {voters} голосов.</translation>
    </message>
    <message>
        <source>A sentence of {penalty} needs at least {need} of {voters} votes; without them the sentence is at most {cap}.</source>
        <translation>Для наказания «{penalty}» нужно не менее {need} из {voters} голосов; если их меньше, наказание не может быть строже, чем «{cap}».</translation>
    </message>
    <message>
        <source>The request on standard input is not valid JSON: {reason} (line {line}, column {column}).</source>
        <translation>Запрос на стандартном вводе — некорректный JSON: {reason} (строка {line}, столбец {column}).</translation>
    </message>
    <message>
        <source>The request must be a JSON object such as {{&quot;questions&quot;: [...]}}; see docs/court-models.md.</source>
        <translation>Запрос должен быть JSON-объектом, например {{&quot;questions&quot;: [...]}}; см. docs/court-models.md.</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; must be a number of minutes, 0 or more.</source>
        <translation>&quot;minutes&quot; должно быть числом минут: 0 или больше.</translation>
    </message>
    <message>
        <source>&quot;jurors_sitting&quot; must be a whole number of jurors.</source>
        <translation>&quot;jurors_sitting&quot; должно быть целым числом — количеством присяжных.</translation>
    </message>
    <message>
        <source>&quot;compare&quot; must be true or false.</source>
        <translation>&quot;compare&quot; должно быть true или false.</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions.</source>
        <translation>&quot;questions&quot; должно быть списком вопросов.</translation>
    </message>
    <message>
        <source>Question {index} must be an object with an &quot;id&quot; (a text) and &quot;ballots&quot; (a list).</source>
        <translation>Вопрос № {index} должен быть объектом с полями &quot;id&quot; (текст) и &quot;ballots&quot; (список).</translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} must be an object with a &quot;role&quot; and an &quot;answer&quot;, both texts.</source>
        <translation>Бюллетень № {index} по вопросу {question} должен быть объектом с полями &quot;role&quot; и &quot;answer&quot;, оба — текст.</translation>
    </message>
    <message>
        <source>&quot;sentencing&quot; must be an object with &quot;rounds&quot;: a list of rounds, each a list of ballots.</source>
        <translation>&quot;sentencing&quot; должно быть объектом с полем &quot;rounds&quot;: списком туров, каждый из которых — список бюллетеней.</translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} must be an object with a &quot;role&quot; (a text) and a &quot;penalty&quot; (years, &quot;life&quot;, &quot;death&quot; or null).</source>
        <translation>Бюллетень № {index} в {round}-м туре голосования о наказании должен быть объектом с полями &quot;role&quot; (текст) и &quot;penalty&quot; (число лет, &quot;life&quot;, &quot;death&quot; или null).</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>подготовка</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>судебное разбирательство</translation>
    </message>
    <message>
        <source>judge&apos;s charge</source>
        <translation>напутственное слово</translation>
    </message>
    <message>
        <source>deliberation</source>
        <translation>совещание</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>голосование</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>вердикт</translation>
    </message>
    <message>
        <source>sentencing</source>
        <translation>назначение наказания</translation>
    </message>
    <message>
        <source>debrief</source>
        <translation>разбор итогов</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>завершение</translation>
    </message>
    <message>
        <source>the prosecution</source>
        <translation>сторона обвинения</translation>
    </message>
    <message>
        <source>the defence</source>
        <translation>сторона защиты</translation>
    </message>
    <message>
        <source>the court</source>
        <translation>суд</translation>
    </message>
    <message>
        <source>Alqa does not know the event &quot;{type}&quot;.</source>
        <translation>Событие &quot;{type}&quot; неизвестно Alqa.</translation>
    </message>
    <message>
        <source>The field &quot;{field}&quot; of {event} has a wrong value.</source>
        <translation>Поле &quot;{field}&quot; события {event} содержит неверное значение.</translation>
    </message>
    <message>
        <source>The text in &quot;{field}&quot; is too long: at most {limit} characters.</source>
        <translation>Текст в поле &quot;{field}&quot; слишком длинный: допустимо не более {limit} символов.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not allowed in &quot;{field}&quot;. Use one of: {allowed}.</source>
        <translation>Значение &quot;{value}&quot; недопустимо в поле &quot;{field}&quot;. Используйте одно из следующих: {allowed}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be between {minimum} and {maximum}; it is {value}.</source>
        <translation>Значение поля &quot;{field}&quot; должно быть от {minimum} до {maximum}, а сейчас оно равно {value}.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is empty. Write something first.</source>
        <translation>Поле &quot;{field}&quot; пустое. Сначала заполните его.</translation>
    </message>
    <message>
        <source>This session has already been created.</source>
        <translation>Этот сеанс уже создан.</translation>
    </message>
    <message>
        <source>The session has not been created yet.</source>
        <translation>Сеанс ещё не создан.</translation>
    </message>
    <message>
        <source>This session has ended; nothing more can be recorded.</source>
        <translation>Этот сеанс завершён; больше ничего записать нельзя.</translation>
    </message>
    <message>
        <source>This cannot be done during the {phase}.</source>
        <translation>На этапе «{phase}» это сделать нельзя.</translation>
    </message>
    <message>
        <source>&quot;{member}&quot; is not in this class.</source>
        <translation>В этом классе нет участника с идентификатором &quot;{member}&quot;.</translation>
    </message>
    <message>
        <source>The class already has a member with the id &quot;{member}&quot;.</source>
        <translation>В классе уже есть участник с идентификатором &quot;{member}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be used as a name: give 1 to {limit} printable characters.</source>
        <translation>«{name}» нельзя использовать как имя: введите от 1 до {limit} печатаемых символов.</translation>
    </message>
    <message>
        <source>{name} is already in the class. Add an initial to tell them apart.</source>
        <translation>В классе уже есть участник с именем {name}. Добавьте инициал, чтобы их различать.</translation>
    </message>
    <message>
        <source>{name} already has a place in the court.</source>
        <translation>{name} уже занимает место в суде.</translation>
    </message>
    <message>
        <source>The jury has already been seated.</source>
        <translation>Коллегия присяжных уже сформирована.</translation>
    </message>
    <message>
        <source>Seat the jury before the trial begins.</source>
        <translation>Сформируйте коллегию присяжных до начала разбирательства.</translation>
    </message>
    <message>
        <source>Judges this court needs: {need}; seated so far: {seated}.</source>
        <translation>Суду нужно судей: {need}; пока на местах: {seated}.</translation>
    </message>
    <message>
        <source>Too few candidates: {have} left, the jury needs {need}.</source>
        <translation>Слишком мало кандидатов: осталось {have}, а для коллегии нужно {need}.</translation>
    </message>
    <message>
        <source>The {what} does not match the lot drawn with seed {seed}.</source>
        <translation>Данные &quot;{what}&quot; не совпадают с результатом жеребьёвки с начальным значением {seed}.</translation>
    </message>
    <message>
        <source>{name} is not among the candidate jurors.</source>
        <translation>{name} не входит в число кандидатов в присяжные заседатели.</translation>
    </message>
    <message>
        <source>{name} has already been challenged.</source>
        <translation>Отвод уже заявлен: {name}.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <source>{side} has used all its peremptory challenges ({limit}).</source>
        <translation>Немотивированные отводы исчерпаны: {side} уже использовала все ({limit}).</translation>
    </message>
    <message>
        <source>The challenge of {name} cannot be withdrawn now.</source>
        <translation>Сейчас нельзя отозвать этот отвод: {name}.</translation>
    </message>
    <message>
        <source>The jury or the roles are already drawn. Draw again after changing the case or the court.</source>
        <translation>Коллегия присяжных или роли уже распределены по жребию. После смены дела или суда жеребьёвку нужно провести заново.</translation>
    </message>
    <message>
        <source>This session does not use personal voter codes.</source>
        <translation>В этом сеансе не используются личные коды для голосования.</translation>
    </message>
    <message>
        <source>The ballots have been revealed: the vote can no longer be annulled.</source>
        <translation>Бюллетени уже вскрыты: голосование больше нельзя аннулировать.</translation>
    </message>
    <message>
        <source>Draw the candidate jurors first.</source>
        <translation>Сначала проведите жеребьёвку кандидатов в присяжные.</translation>
    </message>
    <message>
        <source>This court has no seat &quot;{seat}&quot;.</source>
        <translation>В этом суде нет места &quot;{seat}&quot;.</translation>
    </message>
    <message>
        <source>Jurors are seated by lot; the seat &quot;{seat}&quot; cannot be given by hand.</source>
        <translation>Присяжные рассаживаются по жребию; место &quot;{seat}&quot; нельзя назначить вручную.</translation>
    </message>
    <message>
        <source>The seat &quot;{seat}&quot; is taken by {name}.</source>
        <translation>Место &quot;{seat}&quot; занято: {name}.</translation>
    </message>
    <message>
        <source>The seat &quot;{seat}&quot; is empty.</source>
        <translation>Место &quot;{seat}&quot; не занято.</translation>
    </message>
    <message>
        <source>A vote is under way; finish or annul it first.</source>
        <translation>Идёт голосование; сначала завершите или аннулируйте его.</translation>
    </message>
    <message>
        <source>There is no sentence after an acquittal.</source>
        <translation>После оправдания наказание не назначается.</translation>
    </message>
    <message>
        <source>The trial has no stage &quot;{stage}&quot;.</source>
        <translation>В разбирательстве нет стадии &quot;{stage}&quot;.</translation>
    </message>
    <message>
        <source>The stage &quot;{stage}&quot; is still running; end it first.</source>
        <translation>Стадия &quot;{stage}&quot; ещё идёт; сначала завершите её.</translation>
    </message>
    <message>
        <source>The stage &quot;{stage}&quot; is not running.</source>
        <translation>Стадия &quot;{stage}&quot; сейчас не идёт.</translation>
    </message>
    <message>
        <source>An objection is waiting for the judge&apos;s ruling.</source>
        <translation>Возражение ожидает решения судьи.</translation>
    </message>
    <message>
        <source>There is no objection to rule on.</source>
        <translation>Нет возражения, по которому нужно принять решение.</translation>
    </message>
    <message>
        <source>Round {round} is not the current round.</source>
        <translation>Раунд {round} — не текущий.</translation>
    </message>
    <message>
        <source>Round {round} has ended.</source>
        <translation>Раунд {round} завершён.</translation>
    </message>
    <message>
        <source>Round {round} is still open; end it first.</source>
        <translation>Раунд {round} ещё не завершён; сначала завершите его.</translation>
    </message>
    <message>
        <source>The next round is number {expected}, not {got}.</source>
        <translation>Следующий раунд — № {expected}, а не № {got}.</translation>
    </message>
    <message>
        <source>{name} does not sit on the panel.</source>
        <translation>{name} не входит в состав коллегии.</translation>
    </message>
    <message>
        <source>{name} has already given a stance in round {round}.</source>
        <translation>В раунде {round} позиция участника уже записана: {name}.</translation>
    </message>
    <message>
        <source>{name} cannot be named as moving this member.</source>
        <translation>Нельзя указать как источник влияния на этого участника: {name}.</translation>
    </message>
    <message>
        <source>{name} has already been named this round.</source>
        <translation>В этом раунде уже указан участник: {name}.</translation>
    </message>
    <message>
        <source>This has already been revealed.</source>
        <translation>Это уже показано.</translation>
    </message>
    <message>
        <source>The next vote is number {expected}, not {got}.</source>
        <translation>Следующее голосование — № {expected}, а не № {got}.</translation>
    </message>
    <message>
        <source>The ballot must answer these questions, in order: {expected}.</source>
        <translation>Бюллетень должен содержать ответы на эти вопросы, по порядку: {expected}.</translation>
    </message>
    <message>
        <source>Vote {vote} is not open.</source>
        <translation>Голосование № {vote} не открыто.</translation>
    </message>
    <message>
        <source>This session votes openly; ballots carry names.</source>
        <translation>В этом сеансе голосование открытое; в бюллетенях указываются имена.</translation>
    </message>
    <message>
        <source>This session votes by secret ballot; a ballot cannot carry a name.</source>
        <translation>В этом сеансе голосование тайное; в бюллетене не может быть имени.</translation>
    </message>
    <message>
        <source>{name} does not vote in this court.</source>
        <translation>{name} не голосует в этом суде.</translation>
    </message>
    <message>
        <source>{name} has already voted.</source>
        <translation>Голос уже учтён: {name}.</translation>
    </message>
    <message>
        <source>The ballot is not filled in correctly.</source>
        <translation>Бюллетень заполнен неправильно.</translation>
    </message>
    <message>
        <source>This court allows no abstention: answer yes or no.</source>
        <translation>В этом суде воздерживаться нельзя: ответьте «да» или «нет».</translation>
    </message>
    <message>
        <source>Not everyone has voted yet. Ballots missing: {missing}.</source>
        <translation>Проголосовали ещё не все: недостаёт бюллетеней — {missing}.</translation>
    </message>
    <message>
        <source>Ballots in the box: {ballots}, but voters: {voters}.</source>
        <translation>Бюллетеней в урне: {ballots}, а проголосовавших: {voters}.</translation>
    </message>
    <message>
        <source>Reveal the ballots of vote {vote} first.</source>
        <translation>Сначала откройте бюллетени голосования № {vote}.</translation>
    </message>
    <message>
        <source>This court always reaches a verdict; a hung jury is not possible.</source>
        <translation>Этот суд всегда выносит вердикт; присяжные не могут остаться без решения.</translation>
    </message>
    <message>
        <source>There is no verdict yet: {rule}</source>
        <translation>Вердикта пока нет: {rule}</translation>
    </message>
    <message>
        <source>That is not what the ballots decide: {rule}</source>
        <translation>Бюллетени решают иначе: {rule}</translation>
    </message>
    <message>
        <source>The ballots reach a verdict, so the jury is not hung: {rule}</source>
        <translation>По бюллетеням вердикт есть, значит, присяжные пришли к решению: {rule}</translation>
    </message>
    <message>
        <source>There is no note number {note}.</source>
        <translation>Заметки № {note} нет.</translation>
    </message>
    <message>
        <source>This step cannot be undone.</source>
        <translation>Этот шаг нельзя отменить.</translation>
    </message>
    <message>
        <source>Only {sitting} jurors are left and no reserve: the trial is void, and jury selection must start again.</source>
        <translation>Присяжных осталось всего {sitting}, а запасных нет: разбирательство недействительно, отбор присяжных нужно начать заново.</translation>
    </message>
    <message>
        <source>Only {sitting} jurors are left, fewer than {minimum}: the jury is discharged.</source>
        <translation>Присяжных осталось всего {sitting}, это меньше {minimum}: коллегия присяжных распущена.</translation>
    </message>
    <message>
        <source>There is no session file at {path}.</source>
        <translation>Нет файла сеанса по пути {path}.</translation>
    </message>
    <message>
        <source>The file is larger than {limit_mb} MB, far too big for a class list. Choose the file with the names.</source>
        <translation>Файл больше {limit_mb} МБ — это слишком много для списка класса. Выберите файл с именами.</translation>
    </message>
    <message>
        <source>This is not a class list: it holds binary data, such as a picture or a PDF. Save the names as CSV or plain text and import that file.</source>
        <translation>Это не список класса: в файле двоичные данные, например изображение или PDF. Сохраните имена в формате CSV или как обычный текст и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>This is a spreadsheet, document or archive file (such as .xlsx, .xls, .docx or .zip), not a text list. Save the list as CSV (in Excel: Save As, &quot;CSV UTF-8&quot;) and import that file.</source>
        <translation>Это файл электронной таблицы, документа или архива (например, .xlsx, .xls, .docx или .zip), а не текстовый список. Сохраните список в формате CSV (в Excel: «Сохранить как», «CSV UTF-8») и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>The list is empty. Type or paste the names, one a line, or import a CSV file.</source>
        <translation>Список пуст. Введите или вставьте имена, по одному в строке, или импортируйте CSV-файл.</translation>
    </message>
    <message>
        <source>No names were found: every line is empty or holds only numbers, formulas or symbols.</source>
        <translation>Имена не найдены: все строки пустые или содержат только числа, формулы или символы.</translation>
    </message>
    <message>
        <source>&quot;{format}&quot; is not an export format. Use one of: {allowed}.</source>
        <translation>«{format}» — не формат экспорта. Используйте один из: {allowed}.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}. Nothing was written.</source>
        <translation>Не удалось записать {path}: {reason}. Ничего не записано.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Give a folder or a name ending in .zip.</source>
        <translation>{path} — это файл, а не папка. Укажите папку или имя с расширением .zip.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Нет файла по пути {path}.</translation>
    </message>
    <message>
        <source>{path} is not an Alqa session JSON file. Nothing was imported.</source>
        <translation>{path} — не JSON-файл сеанса Alqa. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{path} is from a newer Alqa (format {version}; this one reads up to {supported}). Nothing was imported.</source>
        <translation>{path} создан более новой версией Alqa (формат {version}; эта версия читает до {supported}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Event {index} of {path} cannot be read ({reason}). Nothing was imported.</source>
        <translation>Не удалось прочитать событие {index} из {path} ({reason}). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Event {index} ({type}) of {path} does not fit the session before it. Nothing was imported.</source>
        <translation>Событие {index} ({type}) из {path} не согласуется с предыдущей частью сеанса. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name; nothing was imported.</source>
        <translation>{path} уже существует. Выберите другое имя; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Не удалось прочитать файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>Names found: {count}. A session needs at least {minimum}; add more names.</source>
        <translation>Найдено имён: {count}. Для сеанса нужно не меньше {minimum}; добавьте имена.</translation>
    </message>
    <message>
        <source>Names found: {count}. One session takes at most {maximum}; split the class and run a session for each part.</source>
        <translation>Найдено имён: {count}. В одном сеансе может быть не больше {maximum}; разделите класс и проведите сеанс для каждой части.</translation>
    </message>
    <message>
        <source>Line {line}: read as the header row: {value}</source>
        <translation>Строка {line}: прочитана как строка заголовков: {value}</translation>
    </message>
    <message>
        <source>Line {line}: skipped, it stands above the header row: {value}</source>
        <translation>Строка {line}: пропущена, она стоит выше строки заголовков: {value}</translation>
    </message>
    <message>
        <source>Empty lines skipped: {count}.</source>
        <translation>Пропущено пустых строк: {count}.</translation>
    </message>
    <message>
        <source>Line {line}: skipped, the name column is empty in this row: {value}</source>
        <translation>Строка {line}: пропущена, в ней пуст столбец с именами: {value}</translation>
    </message>
    <message>
        <source>Line {line}: skipped, the same name is on line {first}: {name}</source>
        <translation>Строка {line}: пропущена, такое же имя есть в строке {first}: {name}</translation>
    </message>
    <message>
        <source>Line {line}: skipped, longer than {limit} characters: {start}…</source>
        <translation>Строка {line}: пропущена, число символов больше {limit}: {start}…</translation>
    </message>
    <message>
        <source>Line {line}: skipped, not a name: {value}</source>
        <translation>Строка {line}: пропущена, это не имя: {value}</translation>
    </message>
    <message>
        <source>Line {line}: skipped, it holds only unreadable characters.</source>
        <translation>Строка {line}: пропущена, в ней только нечитаемые символы.</translation>
    </message>
    <message>
        <source>Line {line}: extra spaces or invisible characters removed: {name}</source>
        <translation>Строка {line}: удалены лишние пробелы или невидимые символы: {name}</translation>
    </message>
    <message>
        <source>Names whose list number was taken off: {count}.</source>
        <translation>Имён, у которых убран номер в списке: {count}.</translation>
    </message>
    <message>
        <source>Line {line}: check this name, a question mark may stand for a lost letter: {name}. Saving the list as &quot;CSV UTF-8&quot; keeps every letter.</source>
        <translation>Строка {line}: проверьте это имя, вопросительный знак может стоять на месте потерянной буквы: {name}. Если сохранить список в формате «CSV UTF-8», все буквы сохранятся.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}. Nothing was changed.</source>
        <translation>Не удалось записать файл {path}: {reason}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} is not an Alqa session. The file is unchanged.</source>
        <translation>{path} — не сеанс Alqa. Файл не изменён.</translation>
    </message>
    <message>
        <source>The session file {path} is damaged. The file is unchanged; a backup copy may be in its .backups folder.</source>
        <translation>Файл сеанса {path} повреждён. Файл не изменён; резервная копия может быть в папке .backups рядом с ним.</translation>
    </message>
    <message>
        <source>The session file {path} holds an event this Alqa cannot read ({reason}). The file is unchanged.</source>
        <translation>Файл сеанса {path} содержит событие, которое эта версия Alqa не может прочитать ({reason}). Файл не изменён.</translation>
    </message>
    <message>
        <source>{path} is from a newer Alqa (format {version}; this one reads up to {supported}). Update Alqa to open it; the file is unchanged.</source>
        <translation>Файл {path} создан в более новой версии Alqa (формат {version}; эта версия читает форматы до {supported}). Чтобы открыть его, обновите Alqa; файл не изменён.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>Файл {path} уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <source>{path} is open in another window. It can be viewed here but not changed.</source>
        <translation>Файл {path} открыт в другом окне. Здесь его можно просматривать, но не изменять.</translation>
    </message>
    <message>
        <source>{path} is open read-only; nothing can be recorded here.</source>
        <translation>Файл {path} открыт только для чтения; здесь ничего нельзя записать.</translation>
    </message>
    <message>
        <source>The folder {folder} seems to be on a network drive: Alqa saves there more slowly but just as safely.</source>
        <translation>Папка {folder}, похоже, находится на сетевом диске: Alqa сохраняет туда медленнее, но так же надёжно.</translation>
    </message>
    <message>
        <source>A title needs 1 to {limit} printable characters.</source>
        <translation>Название должно содержать от 1 до {limit} печатаемых символов.</translation>
    </message>
    <message>
        <source>The scenario {path} cannot be read ({reason}).</source>
        <translation>Не удалось прочитать сценарий {path} ({reason}).</translation>
    </message>
    <message>
        <source>The scenario {path} is larger than {limit_mb} MB.</source>
        <translation>Сценарий {path} больше {limit_mb} МБ.</translation>
    </message>
    <message>
        <source>{path} is not an Alqa scenario (format 1).</source>
        <translation>{path} — не сценарий Alqa (формат 1).</translation>
    </message>
    <message>
        <source>The scenario&apos;s &quot;{field}&quot; is not filled in correctly.</source>
        <translation>Поле &quot;{field}&quot; в сценарии заполнено неправильно.</translation>
    </message>
    <message>
        <source>the event is malformed ({detail})</source>
        <translation>событие записано неверно ({detail}).</translation>
    </message>
    <message>
        <source>Stopped at {where} ({type}): {reason} The session file holds everything before it.</source>
        <translation>Выполнение остановлено на событии {where} ({type}): {reason} В файле сеанса сохранено всё, что было до этого события.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; needs a text in kk, ru or en.</source>
        <translation>В поле &quot;{field}&quot; нужен текст на kk, ru или en.</translation>
    </message>
    <message>
        <source>This is not an Alqa case file.</source>
        <translation>Это не файл дела Alqa.</translation>
    </message>
    <message>
        <source>This case is from a newer Alqa (format {version}; this one reads up to {supported}). Update Alqa to open it.</source>
        <translation>Это дело создано в более новой версии Alqa (формат {version}; эта версия читает форматы до {supported}). Чтобы открыть его, обновите Alqa.</translation>
    </message>
    <message>
        <source>The case file {path} cannot be read ({reason}).</source>
        <translation>Не удалось прочитать файл дела {path} ({reason}).</translation>
    </message>
    <message>
        <source>The case file {path} is larger than {limit_mb} MB.</source>
        <translation>Файл дела {path} больше {limit_mb} МБ.</translation>
    </message>
    <message>
        <source>The case&apos;s &quot;{field}&quot; is missing or wrong.</source>
        <translation>Поле &quot;{field}&quot; в деле отсутствует или заполнено неверно.</translation>
    </message>
    <message>
        <source>The id &quot;{id}&quot; in &quot;{field}&quot; is used twice.</source>
        <translation>Идентификатор &quot;{id}&quot; в поле &quot;{field}&quot; использован дважды.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; has {count} entries; it needs {minimum} to {maximum}.</source>
        <translation>В поле &quot;{field}&quot; записей: {count}, а нужно от {minimum} до {maximum}.</translation>
    </message>
    <message>
        <source>The picture in &quot;{field}&quot; is not an image.</source>
        <translation>Картинка в поле &quot;{field}&quot; не является изображением.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; names the charge &quot;{id}&quot;, which the case does not have.</source>
        <translation>В поле &quot;{field}&quot; указано обвинение &quot;{id}&quot;, которого нет в деле.</translation>
    </message>
    <message>
        <source>The case has no questions for courts of the form &quot;{form}&quot;.</source>
        <translation>В деле нет вопросов для судов, где вопросы ставятся в форме &quot;{form}&quot;.</translation>
    </message>
    <message>
        <source>There is no case &quot;{id}&quot;. Built-in cases: {known}.</source>
        <translation>Дела &quot;{id}&quot; нет. Встроенные дела: {known}.</translation>
    </message>
    <message>
        <source>&quot;{id}&quot; cannot be a case id. Use 1 to 64 small Latin letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>«{id}» не может быть идентификатором дела. Используйте от 1 до 64 строчных латинских букв, цифр, знаков «-» или «_».</translation>
    </message>
    <message>
        <source>The id &quot;{id}&quot; belongs to a built-in case. Choose another id.</source>
        <translation>Идентификатор «{id}» принадлежит встроенному делу. Выберите другой идентификатор.</translation>
    </message>
    <message>
        <source>Another of your cases already has the id &quot;{id}&quot;. Choose another id.</source>
        <translation>Идентификатор «{id}» уже есть у другого вашего дела. Выберите другой идентификатор.</translation>
    </message>
    <message>
        <source>With its pictures the case would be larger than {limit_mb} MB. Use fewer or smaller pictures.</source>
        <translation>Вместе с изображениями дело будет больше {limit_mb} МБ. Используйте меньше изображений или изображения меньшего размера.</translation>
    </message>
    <message>
        <source>{name} is not a case file: Alqa case files are JSON text files (*.alqa-case.json).</source>
        <translation>{name} — не файл дела: файлы дел Alqa — это текстовые файлы JSON (*.alqa-case.json).</translation>
    </message>
    <message>
        <source>Charge {number} has no “{question}” question. Write it under Questions, or fill in the standard questions.</source>
        <translation>В обвинении №&#xa0;{number} нет вопроса «{question}». Напишите его на вкладке «Вопросы» или вставьте стандартные вопросы.</translation>
    </message>
    <message>
        <source>The case file {path} cannot be deleted: {reason}.</source>
        <translation>Не удалось удалить файл дела {path}: {reason}.</translation>
    </message>
    <message>
        <source>How much this member was moved by others: the weight of all arrows pointing at them.</source>
        <translation>Насколько на этого участника повлияли другие: вес всех стрелок, направленных к нему.</translation>
    </message>
    <message>
        <source>How much this member moved others: the weight of all arrows leaving them.</source>
        <translation>Насколько этот участник повлиял на других: вес всех стрелок, исходящих от него.</translation>
    </message>
    <message>
        <source>High when this member moved people who in turn moved others.</source>
        <translation>Высокое значение, если этот участник повлиял на тех, кто, в свою очередь, влиял на других.</translation>
    </message>
    <message>
        <source>Like PageRank without random jumps: influence that reaches other influential members.</source>
        <translation>Как PageRank без случайных переходов: влияние, доходящее до других влиятельных участников.</translation>
    </message>
    <message>
        <source>How often this member lies on the strongest chain of influence between two others, like a bridge between camps.</source>
        <translation>Как часто этот участник оказывается на самой сильной цепочке влияния между двумя другими — словно мост между лагерями.</translation>
    </message>
    <message>
        <source>The share of this member&apos;s influence links that go both ways.</source>
        <translation>Доля связей влияния этого участника, которые идут в обе стороны.</translation>
    </message>
    <message>
        <source>How much closer, on average, the others came to this member&apos;s opinion after rounds in which the member spoke or was named.</source>
        <translation>Насколько в среднем мнения других приблизились к мнению этого участника после раундов, в которых он выступал или был назван.</translation>
    </message>
    <message>
        <source>How far this member&apos;s own opinion travelled from check to check.</source>
        <translation>Насколько собственное мнение этого участника менялось от опроса к опросу.</translation>
    </message>
    <message>
        <source>How many times this member changed between guilty, not guilty and undecided.</source>
        <translation>Сколько раз этот участник переходил между «виновен», «не виновен» и «не определился».</translation>
    </message>
    <message>
        <source>How long this member spoke in deliberation, in seconds.</source>
        <translation>Сколько этот участник говорил во время совещания, в секундах.</translation>
    </message>
    <message>
        <source>The part of all influence on the jurors that came from the judges.</source>
        <translation>Доля всего влияния на присяжных, исходившая от судей.</translation>
    </message>
    <message>
        <source>The part of the deliberating panel the judges make up; compare it with their share of influence.</source>
        <translation>Доля судей в совещающемся составе; сравните её с их долей влияния.</translation>
    </message>
    <message>
        <source>The share of all influence links that went both ways.</source>
        <translation>Доля всех связей влияния, которые шли в обе стороны.</translation>
    </message>
    <message>
        <source>Members who gave at least two stances and never changed them.</source>
        <translation>Участники, которые высказали позицию не менее двух раз и ни разу её не изменили.</translation>
    </message>
    <message>
        <source>Members of the panel who did not speak in any round.</source>
        <translation>Члены состава, которые не выступили ни в одном раунде.</translation>
    </message>
    <message>
        <source>How unequally talk time was shared: 0 when all spoke equally, near 1 when one voice took it all.</source>
        <translation>Насколько неравно распределялось время выступлений: 0 — если все говорили поровну, около 1 — если говорил один.</translation>
    </message>
    <message>
        <source>The panel&apos;s average opinion, from -1 (sure not guilty) to +1 (sure guilty).</source>
        <translation>Среднее мнение состава: от -1 (уверенно «не виновен») до +1 (уверенно «виновен»).</translation>
    </message>
    <message>
        <source>How far apart opinions were: the larger, the more the panel stood in distant camps.</source>
        <translation>Насколько далеко друг от друга были мнения: чем больше значение, тем сильнее состав разделился на далёкие лагеря.</translation>
    </message>
    <message>
        <source>In a full panel, a value above 0.555 means the opinions form two separate camps rather than one crowd.</source>
        <translation>В полном составе значение выше 0,555 означает, что мнения образуют два отдельных лагеря, а не одну группу.</translation>
    </message>
    <message>
        <source>The share of members holding the most common stance.</source>
        <translation>Доля участников, занимающих самую распространённую позицию.</translation>
    </message>
    <message>
        <source>An animation is saved as .gif or .png (animated PNG), with at least one round to show: {path}</source>
        <translation>Анимация сохраняется в формате .gif или .png (анимированный PNG) и должна показывать хотя бы один раунд: {path}</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>Пропущено: {problem}</translation>
    </message>
    <message>
        <source>{path} is neither an Alqa session file nor a session JSON export.</source>
        <translation>{path} — не файл сеанса Alqa и не JSON-экспорт сеанса.</translation>
    </message>
    <message>
        <source>{path} is from a newer Alqa (format {version}; this one reads up to {supported}).</source>
        <translation>{path} создан в более новой версии Alqa (формат {version}; эта версия читает форматы до {supported}).</translation>
    </message>
    <message>
        <source>Event {index} ({type}) of {path} does not fit the session before it.</source>
        <translation>Событие {index} ({type}) в {path} не согласуется с предшествующей частью сеанса.</translation>
    </message>
    <message>
        <source>{path} holds session {session}, already read from {first}.</source>
        <translation>{path} содержит сеанс {session}, уже прочитанный из {first}.</translation>
    </message>
    <message>
        <source>There is no file or folder at {path}.</source>
        <translation>По пути {path} нет ни файла, ни папки.</translation>
    </message>
    <message>
        <source>No session could be read from {sources}. Nothing was written.</source>
        <translation>Из {sources} не удалось прочитать ни одного сеанса. Ничего не записано.</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>виновен</translation>
    </message>
    <message>
        <source>not guilty</source>
        <translation>невиновен</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>вердикта нет</translation>
    </message>
    <message>
        <source>Did the first stance check already decide the verdict?</source>
        <translation>Был ли вердикт предрешён уже первым опросом позиций?</translation>
    </message>
    <message>
        <source>No stance check was revealed, so there is nothing to compare.</source>
        <translation>Ни один опрос позиций не был показан, поэтому сравнивать не с чем.</translation>
    </message>
    <message>
        <source>At the first stance check: guilty {guilty}, not guilty {not_guilty}, undecided {undecided}.</source>
        <translation>При первом опросе позиций: «виновен» — {guilty}, «не виновен» — {not_guilty}, «не определился» — {undecided}.</translation>
    </message>
    <message>
        <source>There is no verdict yet to set it against.</source>
        <translation>Пока нет вердикта, с которым можно сравнить.</translation>
    </message>
    <message>
        <source>Yes: the verdict ({verdict}) went the way of that first majority.</source>
        <translation>Да: вердикт ({verdict}) совпал с позицией того первого большинства.</translation>
    </message>
    <message>
        <source>No: the first majority leaned to {first}, but the verdict was {verdict}. Deliberation changed the outcome.</source>
        <translation>Нет: первое большинство склонялось к ответу «{first}», но вердикт — «{verdict}». Совещание изменило исход.</translation>
    </message>
    <message>
        <source>The first check was evenly split; deliberation alone decided the verdict ({verdict}).</source>
        <translation>При первом опросе позиции разделились поровну; вердикт ({verdict}) определило только совещание.</translation>
    </message>
    <message>
        <source>Members who ended where they began: {same} of {members}.</source>
        <translation>Остались при первоначальной позиции: {same} из {members}.</translation>
    </message>
    <message>
        <source>In real juries the majority of the first ballot wins about 9 times in 10 (Kalven and Zeisel). Is deliberation real, or does it confirm the first impression?</source>
        <translation>В реальных коллегиях присяжных большинство первого голосования побеждает примерно в 9 случаях из 10 (Калвен и Цейзель). Совещание действительно что-то решает или лишь подтверждает первое впечатление?</translation>
    </message>
    <message>
        <source>Did everyone speak, and who spoke most?</source>
        <translation>Все ли высказались и кто говорил больше всех?</translation>
    </message>
    <message>
        <source>No talk time was recorded in deliberation.</source>
        <translation>Время выступлений на совещании не записано.</translation>
    </message>
    <message>
        <source>Members of the panel who spoke: {spoke} of {members}.</source>
        <translation>Выступили члены состава: {spoke} из {members}.</translation>
    </message>
    <message>
        <source>{name} spoke most: {share}% of all talk time (about {minutes} min), where an equal share would be {equal}%.</source>
        <translation>Наибольшая доля времени выступлений: {name} — {share}% (около {minutes} мин), а при равном распределении было бы {equal}%.</translation>
    </message>
    <message>
        <source>Did not speak: {names}.</source>
        <translation>Не выступали: {names}.</translation>
    </message>
    <message>
        <source>Inequality of talk time (Gini): {gini}, where 0 means everyone spoke equally and 1 that one voice took it all.</source>
        <translation>Неравенство времени выступлений (Gini): {gini}, где 0 означает, что все говорили поровну, а 1 — что всё время занял один человек.</translation>
    </message>
    <message>
        <source>In real juries the foreperson talks about three times as much as the average juror, and status predicts who talks. Did each juror have a voice?</source>
        <translation>В реальных коллегиях старшина присяжных говорит примерно втрое больше среднего присяжного, а то, кто говорит, во многом зависит от статуса. Смог ли каждый присяжный высказаться?</translation>
    </message>
    <message>
        <source>Did the judges sway the jurors?</source>
        <translation>Повлияли ли судьи на присяжных?</translation>
    </message>
    <message>
        <source>In this court the judges did not deliberate with the jurors, so they could not sway them in the room.</source>
        <translation>В этом суде судьи не совещались с присяжными, поэтому не могли повлиять на них в совещательной комнате.</translation>
    </message>
    <message>
        <source>The judges held {seats}% of the seats, but no influence on the jurors was reported or seen.</source>
        <translation>Судьи занимали {seats}% мест, но их влияние на присяжных не было ни названо, ни выявлено.</translation>
    </message>
    <message>
        <source>The judges held {seats}% of the seats and gave {share}% of all the influence on the jurors.</source>
        <translation>Судьи занимали {seats}% мест, а их доля во всём влиянии на присяжных составила {share}%.</translation>
    </message>
    <message>
        <source>Jurors who named a judge as someone who moved them: {named} of {jurors}.</source>
        <translation>Присяжные, назвавшие судью среди тех, кто на них повлиял: {named} из {jurors}.</translation>
    </message>
    <message>
        <source>The judges weighed far more than their seats: the officials&apos; sway the essay fears.</source>
        <translation>Вес судей намного превысил их долю мест: это и есть влияние должностных лиц, которого опасается эссе.</translation>
    </message>
    <message>
        <source>The judges weighed about as much as their seats.</source>
        <translation>Вес судей примерно соответствовал их доле мест.</translation>
    </message>
    <message>
        <source>The judges weighed less than their seats: the jurors kept their own counsel.</source>
        <translation>Вес судей оказался меньше их доли мест: присяжные остались при своём мнении.</translation>
    </message>
    <message>
        <source>Studies of mixed courts in Germany, Croatia and Japan find that professional judges often lead the talk and the outcome. Kazakhstan went from 2 judges with 9 jurors to 1 judge with 10.</source>
        <translation>Исследования смешанных судов в Германии, Хорватии и Японии показывают, что профессиональные судьи часто направляют и обсуждение, и его исход. Казахстан перешёл от 2 судей с 9 присяжными к 1 судье с 10 присяжными.</translation>
    </message>
    <message>
        <source>Would another court have decided otherwise?</source>
        <translation>Решил бы другой суд иначе?</translation>
    </message>
    <message>
        <source>No verdict was reached on revealed ballots, so there is nothing to compare.</source>
        <translation>По вскрытым бюллетеням вердикт не вынесен, поэтому сравнивать не с чем.</translation>
    </message>
    <message>
        <source>Every other court model ({courts}) would have reached the same result on the same ballots.</source>
        <translation>Все остальные модели суда ({courts}) при тех же бюллетенях пришли бы к тому же результату.</translation>
    </message>
    <message>
        <source>Other court models that would have decided otherwise on the same ballots: {differ} of {courts}.</source>
        <translation>Другие модели суда, которые при тех же бюллетенях решили бы иначе: {differ} из {courts}.</translation>
    </message>
    <message>
        <source>{court}: {verdict}.</source>
        <translation>{court}: {verdict}.</translation>
    </message>
    <message>
        <source>Majority rules shorten deliberation and leave holdouts unheard; unanimity protects the accused but hangs more juries. Which design would you choose?</source>
        <translation>Правила большинства сокращают совещание, но оставляют несогласных неуслышанными; единогласие защищает подсудимого, но присяжные чаще не приходят к решению. Какой порядок выбрали бы вы?</translation>
    </message>
    <message>
        <source>Did everyone vote what they last said they thought?</source>
        <translation>Все ли проголосовали в соответствии со своей последней заявленной позицией?</translation>
    </message>
    <message>
        <source>There is no verdict, or no stance check, to compare.</source>
        <translation>Сравнивать не с чем: нет вердикта или опроса позиций.</translation>
    </message>
    <message>
        <source>Members whose last stance did not match the verdict ({verdict}): {apart} of {members}.</source>
        <translation>Участники, чья последняя позиция не совпала с вердиктом ({verdict}): {apart} из {members}.</translation>
    </message>
    <message>
        <source>In real juries more than a third of jurors privately disagree with their verdict. Voice or conformity?</source>
        <translation>В реальных коллегиях больше трети присяжных в душе не согласны со своим вердиктом. Собственный голос или конформизм?</translation>
    </message>
    <message>
        <source>Did doubt have an edge?</source>
        <translation>Был ли перевес у сомнения?</translation>
    </message>
    <message>
        <source>No round began with the panel split between guilty and not guilty.</source>
        <translation>Ни один раунд не начался с разделения состава между «виновен» и «не виновен».</translation>
    </message>
    <message>
        <source>Rounds that began split: {splits}. After them, members gained by not guilty: {acquit}; by guilty: {convict}.</source>
        <translation>Раундов, начавшихся с разделения: {splits}. После них сторона «не виновен» получила участников: {acquit}; сторона «виновен»: {convict}.</translation>
    </message>
    <message>
        <source>Doubt had the edge, as the presumption of innocence wants.</source>
        <translation>Перевес был у сомнения, как того требует презумпция невиновности.</translation>
    </message>
    <message>
        <source>The guilty side had the edge.</source>
        <translation>Перевес был на стороне «виновен».</translation>
    </message>
    <message>
        <source>Neither side had the edge.</source>
        <translation>Ни у одной из сторон не было перевеса.</translation>
    </message>
    <message>
        <source>Evenly split juries acquit several times as often as they convict (MacCoun and Kerr): reasonable doubt is easier to argue.</source>
        <translation>Коллегии, разделившиеся поровну, оправдывают в несколько раз чаще, чем признают виновным (Маккаун и Керр): разумное сомнение отстаивать легче.</translation>
    </message>
    <message>
        <source>How long did it take?</source>
        <translation>Сколько времени это заняло?</translation>
    </message>
    <message>
        <source>Trial: {trial} min. Deliberation: {deliberation} min (rounds: {rounds}). Votes taken: {votes}.</source>
        <translation>Разбирательство: {trial} мин. Совещание: {deliberation} мин (раундов: {rounds}). Голосований: {votes}.</translation>
    </message>
    <message>
        <source>The whole session, from the first step to the last: {minutes} min.</source>
        <translation>Весь сеанс, от первого шага до последнего: {minutes} мин.</translation>
    </message>
    <message>
        <source>In England and Wales a majority verdict is taken only after at least two hours; about 0.4% of juries hang there, about 6% in the US. Is a jury worth its cost in time?</source>
        <translation>В Англии и Уэльсе вердикт большинством голосов принимается лишь после как минимум двух часов совещания; к решению там не приходят около 0,4% коллегий, в США — около 6%. Стоит ли суд присяжных затраченного времени?</translation>
    </message>
    <message>
        <source>No stance check yet: the what-if lab needs the members&apos; stances from at least two checks.</source>
        <translation>Проверок позиций ещё не было: лаборатории «что, если?» нужны позиции участников хотя бы из двух проверок.</translation>
    </message>
    <message>
        <source>Only one member has given a stance: the what-if lab needs at least two members to learn who moved whom.</source>
        <translation>Позицию высказал только один участник: чтобы понять, кто на кого повлиял, лаборатории нужны хотя бы двое.</translation>
    </message>
    <message>
        <source>Only one stance check so far: the what-if lab needs a second check to see who moved whom.</source>
        <translation>Пока была только одна проверка позиций: чтобы увидеть, кто на кого повлиял, лаборатории нужна вторая.</translation>
    </message>
    <message>
        <source>No juror has given a stance, so Alqa cannot build a panel of jurors from this class.</source>
        <translation>Ни один присяжный не высказал позицию, поэтому Alqa не может составить из этого класса коллегию присяжных.</translation>
    </message>
    <message>
        <source>Until then, the results below come from the faction model: the opening split and what juries usually do with it.</source>
        <translation>До тех пор результаты ниже даёт модель фракций: исходный расклад и то, что коллегии обычно с ним делают.</translation>
    </message>
    <message>
        <source>Unknown scenario “{scenario}”. Use no-judges, panel=J+L (for example 1+10), rule=MODEL, stubborn=X, equal-talk, open or secret.</source>
        <translation>Неизвестный сценарий «{scenario}». Используйте no-judges, panel=J+L (например, 1+10), rule=MODEL, stubborn=X, equal-talk, open или secret.</translation>
    </message>
    <message>
        <source>“{panel}” is not a panel: write judges+jurors, with at least one juror and at most {limit} members.</source>
        <translation>«{panel}» — не состав коллегии: напишите судьи+присяжные, хотя бы один присяжный и не больше {limit} участников.</translation>
    </message>
    <message>
        <source>Stubbornness must be a number from 0 to 10, not “{value}”.</source>
        <translation>Упрямство должно быть числом от 0 до 10, а не «{value}».</translation>
    </message>
    <message>
        <source>The number of runs must be a whole number from 1 to {limit}.</source>
        <translation>Число прогонов должно быть целым числом от 1 до {limit}.</translation>
    </message>
    <message>
        <source>There is no court model “{model}”.</source>
        <translation>Модели суда «{model}» нет.</translation>
    </message>
    <message>
        <source>The opening split must be whole numbers of zero or more: guilty {guilty}, not guilty {not_guilty}, undecided {undecided}.</source>
        <translation>Исходный расклад должен состоять из целых чисел от нуля: виновен {guilty}, невиновен {not_guilty}, не решили {undecided}.</translation>
    </message>
    <message>
        <source>The class needs at least one member.</source>
        <translation>В классе должен быть хотя бы один участник.</translation>
    </message>
    <message>
        <source>A class of {n} is too large for the faction model; at most {limit} members.</source>
        <translation>Класс из {n} участников слишком велик для модели фракций; не больше {limit}.</translation>
    </message>
    <message>
        <source>A class of {n} cannot have {guilty} members at guilty and {undecided} undecided: the numbers must be whole, zero or more, and add up to at most the class.</source>
        <translation>В классе из {n} участников не может быть {guilty} начинающих с «виновен» и {undecided} не решивших: числа должны быть целыми, не меньше нуля и в сумме не больше класса.</translation>
    </message>
    <message>
        <source>as your class deliberated</source>
        <translation>как обсуждал ваш класс</translation>
    </message>
    <message>
        <source>without the judges</source>
        <translation>без судей</translation>
    </message>
    <message>
        <source>judges: {judges}, jurors: {jurors}</source>
        <translation>судьи: {judges}, присяжные: {jurors}</translation>
    </message>
    <message>
        <source>stubbornness ×{factor}</source>
        <translation>упрямство ×{factor}</translation>
    </message>
    <message>
        <source>equal talk time</source>
        <translation>равное время выступлений</translation>
    </message>
    <message>
        <source>open stance checks</source>
        <translation>открытые проверки позиций</translation>
    </message>
    <message>
        <source>secret stance checks</source>
        <translation>тайные проверки позиций</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>The model explains your class&apos;s stance changes well (average error {error} on the scale from −1 to +1).</source>
        <translation>Модель хорошо объясняет, как менялись позиции в вашем классе (средняя ошибка {error} по шкале от −1 до +1).</translation>
    </message>
    <message>
        <source>The model explains your class&apos;s stance changes only roughly (average error {error} on the scale from −1 to +1).</source>
        <translation>Модель лишь приблизительно объясняет, как менялись позиции в вашем классе (средняя ошибка {error} по шкале от −1 до +1).</translation>
    </message>
    <message>
        <source>The model explains your class&apos;s stance changes poorly (average error {error} on the scale from −1 to +1): read these results with care.</source>
        <translation>Модель плохо объясняет, как менялись позиции в вашем классе (средняя ошибка {error} по шкале от −1 до +1): читайте эти результаты осторожно.</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, the panel would most likely have convicted ({percent} %, 95 % interval {low}–{high} %).</source>
        <translation>В сценарии «{scenario}» по правилам суда «{court}» коллегия, скорее всего, признала бы виновным ({percent} %, 95-процентный интервал {low}–{high} %).</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, the panel would most likely have acquitted ({percent} %, 95 % interval {low}–{high} %).</source>
        <translation>В сценарии «{scenario}» по правилам суда «{court}» коллегия, скорее всего, оправдала бы ({percent} %, 95-процентный интервал {low}–{high} %).</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, the panel would most likely have reached no verdict ({percent} %, 95 % interval {low}–{high} %).</source>
        <translation>В сценарии «{scenario}» по правилам суда «{court}» коллегия, скорее всего, не вынесла бы вердикта ({percent} %, 95-процентный интервал {low}–{high} %).</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, a panel that opens with your class&apos;s split usually convicts ({percent} %).</source>
        <translation>В сценарии «{scenario}» по правилам суда «{court}» коллегия, начавшая с расклада вашего класса, обычно признаёт виновным ({percent} %).</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, a panel that opens with your class&apos;s split usually acquits ({percent} %).</source>
        <translation>В сценарии «{scenario}» по правилам суда «{court}» коллегия, начавшая с расклада вашего класса, обычно оправдывает ({percent} %).</translation>
    </message>
    <message>
        <source>In the scenario “{scenario}”, under {court}, a panel that opens with your class&apos;s split most often reaches no verdict ({percent} %).</source>
        <translation>В сценарии «{scenario}» по правилам суда «{court}» коллегия, начавшая с расклада вашего класса, чаще всего не выносит вердикта ({percent} %).</translation>
    </message>
    <message>
        <source>Your class&apos;s own verdict, {verdict}, comes out in {percent} % of the runs.</source>
        <translation>Собственный вердикт вашего класса — {verdict} — получается в {percent} % прогонов.</translation>
    </message>
    <message>
        <source>On average the panel would have needed {rounds} rounds to reach the court&apos;s rule.</source>
        <translation>В среднем коллегии понадобилось бы {rounds} раунда, чтобы выполнить правило суда.</translation>
    </message>
    <message>
        <source>The judges hold {share} % of the final positions, against {seats} % of the seats.</source>
        <translation>На судей приходится {share} % итоговых позиций при {seats} % мест.</translation>
    </message>
    <message>
        <source>Your class had no judges: each added judge is a copy of a juror drawn at random, because the model knows nothing about how a judge would act in your class.</source>
        <translation>В вашем классе не было судей: каждый добавленный судья — копия случайно выбранного присяжного, потому что модель ничего не знает о том, как судья повёл бы себя в вашем классе.</translation>
    </message>
    <message>
        <source>This panel is smaller than your class&apos;s: in each run its members are drawn at random from yours.</source>
        <translation>Эта коллегия меньше коллегии вашего класса: в каждом прогоне её участники случайно выбираются из ваших.</translation>
    </message>
    <message>
        <source>This panel is larger than your class&apos;s: in each run the extra members are copies of members drawn at random.</source>
        <translation>Эта коллегия больше коллегии вашего класса: в каждом прогоне лишние участники — копии случайно выбранных.</translation>
    </message>
    <message>
        <source>Your class already checked stances openly, so open checks give the same as your class.</source>
        <translation>Ваш класс уже проверял позиции открыто, поэтому открытые проверки дают то же, что и у вашего класса.</translation>
    </message>
    <message>
        <source>Your class checked stances openly; the model cannot tell conformity from persuasion, so secret checks give the same as your class.</source>
        <translation>Ваш класс проверял позиции открыто; модель не может отличить конформизм от убеждения, поэтому тайные проверки дают то же, что и у вашего класса.</translation>
    </message>
    <message>
        <source>No talk time was recorded, so equal talk time changes nothing.</source>
        <translation>Время выступлений не записано, поэтому равное время ничего не меняет.</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Export the animation</source>
        <translation>Экспортировать анимацию</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;Animated PNG (*.png)</source>
        <translation>Анимированный GIF (*.gif);;Анимированный PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved {file}: one picture per round (rounds: {rounds}).</source>
        <translation>Сохранено: {file} — по одному изображению на каждый раунд (всего раундов: {rounds}).</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Width in pixels (the height follows):</source>
        <translation>Ширина в пикселях (высота подстроится):</translation>
    </message>
    <message>
        <source>The chart could not be saved: {reason}</source>
        <translation>Не удалось сохранить диаграмму: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Сохранено: {file}.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Charts and the selected member</source>
        <translation>Диаграммы и выбранный участник</translation>
    </message>
    <message>
        <source>Export the &amp;animation…</source>
        <translation>Экспортировать ани&amp;мацию…</translation>
    </message>
    <message>
        <source>Export the &amp;chart…</source>
        <translation>Экспорт &amp;диаграммы…</translation>
    </message>
    <message>
        <source>Show on the &amp;projector (revealed rounds only)</source>
        <translation>По&amp;казывать на проекторе (только открытые раунды)</translation>
    </message>
    <message>
        <source>Show the network on the projector</source>
        <translation>Показывать сеть на проекторе</translation>
    </message>
</context>
<context>
    <name>NewSessionWizard</name>
    <message>
        <source>New session</source>
        <translation>Новый сеанс</translation>
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
        <translation>Позиция: {who}</translation>
    </message>
    <message>
        <source>Save the stances</source>
        <translation>Сохранить позиции</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Quick open stance check: stances by a show of hands</source>
        <translation>Быстрый открытый опрос: позиции поднятием рук</translation>
    </message>
    <message>
        <source>The stances could not be saved.</source>
        <translation>Не удалось сохранить позиции.</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <source>Trial</source>
        <translation>Разбирательство</translation>
    </message>
    <message>
        <source>Judge&apos;s charge</source>
        <translation>Напутственное слово</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Разбор итогов</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>текущий шаг</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>впереди</translation>
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
        <translation>PIN-код учителя</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Слишком много неверных попыток ввода PIN-кода. Попробуйте ещё раз через {seconds}&#xa0;с.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Неверный PIN-код. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Not guilty at the start: {n}</source>
        <translation>Вначале считают невиновным: {n}</translation>
    </message>
    <message>
        <source>{n} members: {guilty} guilty, {undecided} undecided, {not_guilty} not guilty</source>
        <translation>Участников — {n}: виновен — {guilty}, не решили — {undecided}, не виновен — {not_guilty}</translation>
    </message>
    <message>
        <source>convicts</source>
        <translation>выносит обвинительный вердикт</translation>
    </message>
    <message>
        <source>acquits</source>
        <translation>оправдывает</translation>
    </message>
    <message>
        <source>reaches no verdict</source>
        <translation>не приходит к решению</translation>
    </message>
    <message>
        <source>{court}: such a panel most often {outcome} ({percent}%).</source>
        <translation>{court}: такая коллегия чаще всего {outcome} ({percent}%).</translation>
    </message>
    <message>
        <source>What such a panel would most often decide, court by court</source>
        <translation>Что чаще всего решила бы такая коллегия в каждом суде</translation>
    </message>
    <message>
        <source>Plan a lesson: what would a class decide?</source>
        <translation>Спланировать занятие: что решил бы класс?</translation>
    </message>
    <message>
        <source>Before you meet the class: say how many members deliberate and how they lean at the first stance check. The faction model (Davis; MacCoun and Kerr) gives the share of such panels that convict, acquit or reach no verdict under each court. It knows only the opening split, not the arguments.</source>
        <translation>До встречи с классом: укажите, сколько участников совещается и как они склоняются при первом опросе позиций. Модель фракций (Дэвис; Маккаун и Керр) показывает, какая доля таких коллегий в каждом суде обвиняет, оправдывает или не приходит к решению. Модель знает только начальный расклад, а не доводы.</translation>
    </message>
    <message>
        <source>&amp;Members of the panel:</source>
        <translation>&amp;Членов коллегии:</translation>
    </message>
    <message>
        <source>At the start &amp;guilty:</source>
        <translation>Вначале &amp;виновен:</translation>
    </message>
    <message>
        <source>At the start &amp;undecided:</source>
        <translation>Вначале &amp;не решили:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Verdicts per court</source>
        <translation>Вердикты по судам</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Exports will show the students&apos; names. Share them only where the students and their parents have agreed.</source>
        <translation>В экспортированных файлах будут видны имена учеников. Делитесь ими, только если на это согласны ученики и их родители.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>PIN-коды не совпадают. Введите один и тот же PIN-код дважды.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-код должен состоять из 4–12 цифр.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>How the panel votes, and what leaves this laptop.</source>
        <translation>Как голосует коллегия и что покидает этот ноутбук.</translation>
    </message>
    <message>
        <source>&amp;Secret ballot: nobody can see who voted how</source>
        <translation>&amp;Тайное голосование: никто не видит, кто как проголосовал</translation>
    </message>
    <message>
        <source>&amp;Open ballot: every ballot names its voter (for teaching)</source>
        <translation>&amp;Открытое голосование: в каждом бюллетене указано имя голосующего (для обучения)</translation>
    </message>
    <message>
        <source>Personal voter &amp;codes</source>
        <translation>Личные &amp;коды для голосования</translation>
    </message>
    <message>
        <source>&amp;Anonymous exports (names replaced by seats)</source>
        <translation>&amp;Анонимный экспорт (имена заменяются местами)</translation>
    </message>
    <message>
        <source>Teacher &amp;PIN:</source>
        <translation>PIN-код &amp;учителя:</translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation>&amp;Повтор PIN-кода:</translation>
    </message>
    <message>
        <source>Teacher PIN</source>
        <translation>PIN-код учителя</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>Повтор PIN-кода учителя</translation>
    </message>
    <message>
        <source>Leave empty to keep your teacher PIN</source>
        <translation>Оставьте пустым, чтобы сохранить текущий PIN-код учителя</translation>
    </message>
    <message>
        <source>4 to 12 digits, or leave empty for no PIN</source>
        <translation>От 4 до 12 цифр; оставьте пустым, если PIN-код не нужен</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Setting up the court</source>
        <translation>Формирование состава суда</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Разбирательство</translation>
    </message>
    <message>
        <source>Judge&apos;s charge</source>
        <translation>Напутственное слово</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Разбор итогов</translation>
    </message>
    <message>
        <source>Guilty</source>
        <translation>виновен</translation>
    </message>
    <message>
        <source>Not guilty</source>
        <translation>не виновен</translation>
    </message>
    <message>
        <source>The jury could not agree</source>
        <translation>присяжные не пришли к решению</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Вердикт: {verdict}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Question {n}: {answer}</source>
        <translation>Вопрос {n}: {answer}</translation>
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
        <translation>Дело</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
</context>
<context>
    <name>ReplayPage</name>
    <message numerus="yes">
        <source>Before the first event (%n event(s) in all)</source>
        <translation>
            <numerusform>До первого события (всего %n событие)</numerusform>
            <numerusform>До первого события (всего %n события)</numerusform>
            <numerusform>До первого события (всего %n событий)</numerusform>
        </translation>
    </message>
    <message>
        <source>Event {n} of {total} · {time} · {what}</source>
        <translation>Событие {n} из {total} · {time} · {what}</translation>
    </message>
    <message>
        <source>Event {n} of {total} · {what}</source>
        <translation>Событие {n} из {total} · {what}</translation>
    </message>
    <message>
        <source>The session has not been created yet.</source>
        <translation>Сеанс ещё не создан.</translation>
    </message>
    <message>
        <source>Phase: {phase} · round {round} under way</source>
        <translation>Этап: {phase} · идёт раунд {round}</translation>
    </message>
    <message>
        <source>Phase: {phase} · round {round} ended</source>
        <translation>Этап: {phase} · раунд {round} завершён</translation>
    </message>
    <message>
        <source>Phase: {phase} · vote {vote}</source>
        <translation>Этап: {phase} · голосование № {vote}</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>Этап: {phase}</translation>
    </message>
    <message>
        <source>{case} · {court} · {date} · read-only replay of {file}: nothing here changes it.</source>
        <translation>{case} · {court} · {date} · воспроизведение файла {file} только для чтения: здесь ничего не меняется.</translation>
    </message>
    <message>
        <source>Replay: {title}</source>
        <translation>Воспроизведение: {title}</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Воспроизведение</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>&amp;Шкала событий:</translation>
    </message>
    <message>
        <source>Timeline: the event shown</source>
        <translation>Шкала событий: показанное событие</translation>
    </message>
    <message>
        <source>Arrows: one event. Page Up and Page Down: a phase or round. Home and End: the start and the end.</source>
        <translation>Стрелки: одно событие. Page Up и Page Down: этап или раунд. Home и End: начало и конец.</translation>
    </message>
    <message>
        <source>◀◀ Phase or round</source>
        <translation>◀◀ Этап или раунд</translation>
    </message>
    <message>
        <source>Back to the previous phase or round</source>
        <translation>Вернуться к предыдущему этапу или раунду</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ &amp;Предыдущее</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Следующее ▶</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <source>Phase or round ▶▶</source>
        <translation>Этап или раунд ▶▶</translation>
    </message>
    <message>
        <source>On to the next phase or round</source>
        <translation>Перейти к следующему этапу или раунду</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <source>Close the replay and go home</source>
        <translation>Закрыть воспроизведение и перейти на главную</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>С&amp;корость:</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Медленно</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычно</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Быстро</translation>
    </message>
    <message>
        <source>Speed of Play</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Tallies and verdict</source>
        <translation>Подсчёт и вердикт</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Tallies, charts and the selected member</source>
        <translation>Подсчёт, диаграммы и выбранный участник</translation>
    </message>
    <message>
        <source>Choose a view</source>
        <translation>Выберите вид</translation>
    </message>
    <message>
        <source>❚❚ Pau&amp;se</source>
        <translation>❚❚ Па&amp;уза</translation>
    </message>
    <message>
        <source>▶ Pla&amp;y</source>
        <translation>▶ В&amp;оспроизвести</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play the events</source>
        <translation>Воспроизвести события</translation>
    </message>
</context>
<context>
    <name>ReplayTallies</name>
    <message>
        <source>Stances shown to the class</source>
        <translation>Позиции, показанные классу</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Stances per round</source>
        <translation>Позиции по раундам</translation>
    </message>
    <message>
        <source>The vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Пустой</translation>
    </message>
    <message>
        <source>Tally of the vote</source>
        <translation>Итоги голосования</translation>
    </message>
    <message>
        <source>■ guilty</source>
        <translation>■ виновен</translation>
    </message>
    <message>
        <source>● not guilty</source>
        <translation>● не виновен</translation>
    </message>
    <message>
        <source>○ undecided</source>
        <translation>○ не определился</translation>
    </message>
    <message>
        <source>Tallies and verdict</source>
        <translation>Подсчёт и вердикт</translation>
    </message>
    <message>
        <source>not shown: {answered}/{panel} answered</source>
        <translation>не показаны: ответили {answered}/{panel}</translation>
    </message>
    <message>
        <source>No vote yet.</source>
        <translation>Голосования ещё не было.</translation>
    </message>
    <message>
        <source>Vote {no} was annulled.</source>
        <translation>Голосование № {no} аннулировано.</translation>
    </message>
    <message>
        <source>Vote {no}: {voted} of {total} have voted; the ballots are not revealed yet.</source>
        <translation>Голосование № {no}: проголосовали {voted} из {total}; бюллетени ещё не вскрыты.</translation>
    </message>
    <message>
        <source>Vote {no}: the ballots are revealed.</source>
        <translation>Голосование № {no}: бюллетени вскрыты.</translation>
    </message>
    <message>
        <source>Verdict: the jury could not agree (hung jury)</source>
        <translation>Вердикт: присяжные не пришли к решению</translation>
    </message>
    <message>
        <source>Verdict: ■ guilty</source>
        <translation>Вердикт: ■ виновен</translation>
    </message>
    <message>
        <source>Verdict: ● not guilty</source>
        <translation>Вердикт: ● не виновен</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Вердикта ещё нет</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Member {n}</source>
        <translation>Участник №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Guilty</source>
        <translation>виновен</translation>
    </message>
    <message>
        <source>Not guilty</source>
        <translation>не виновен</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>не вынесен</translation>
    </message>
    <message>
        <source>The case in brief</source>
        <translation>Кратко о деле</translation>
    </message>
    <message>
        <source>The panel</source>
        <translation>Состав суда и участники</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Tallies and verdict</source>
        <translation>Подсчёт голосов и вердикт</translation>
    </message>
    <message>
        <source>What the other courts would have decided</source>
        <translation>Какое решение приняли бы другие суды</translation>
    </message>
    <message>
        <source>The influence network</source>
        <translation>Сеть влияния</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>Вопросы для разбора итогов</translation>
    </message>
    <message>
        <source>What if? The deliberation under other panels and courts</source>
        <translation>Что если? Совещание в другом составе и в других судах</translation>
    </message>
    <message>
        <source>{court} · {date} · made with Alqa {version}</source>
        <translation>{court} · {date} · создано в Alqa {version}</translation>
    </message>
    <message>
        <source>This report shows the participants&apos; real names. Share it only with people allowed to see them.</source>
        <translation>В этом отчёте видны настоящие имена участников. Передавайте его только тем, кому можно их видеть.</translation>
    </message>
    <message>
        <source>Participants are called by their seats, not by their names.</source>
        <translation>Участники названы по местам, а не по именам.</translation>
    </message>
    <message>
        <source>Defendant:</source>
        <translation>Подсудимый:</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>Обвинения:</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Судьи</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Присяжные</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>Запасные присяжные</translation>
    </message>
    <message>
        <source>Also in the courtroom</source>
        <translation>Также в зале суда</translation>
    </message>
    <message>
        <source>{seat}: {name}</source>
        <translation>{seat}: {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>The trial</source>
        <translation>Разбирательство</translation>
    </message>
    <message>
        <source>The judge&apos;s charge</source>
        <translation>Напутственное слово</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>The verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Sentencing</source>
        <translation>Назначение наказания</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Разбор итогов</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Сеанс завершён</translation>
    </message>
    <message>
        <source>Deliberation round {no} begins</source>
        <translation>Начался раунд {no} совещания</translation>
    </message>
    <message>
        <source>Stances of round {no} shown</source>
        <translation>Показаны позиции раунда {no}</translation>
    </message>
    <message>
        <source>Vote {no} opens</source>
        <translation>Открыто голосование №&#xa0;{no}</translation>
    </message>
    <message>
        <source>Vote {no}: ballots revealed</source>
        <translation>Голосование №&#xa0;{no}: бюллетени вскрыты</translation>
    </message>
    <message>
        <source>Vote {no} annulled</source>
        <translation>Голосование №&#xa0;{no} аннулировано</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Вердикт: {verdict}</translation>
    </message>
    <message>
        <source>The jury could not agree (hung jury)</source>
        <translation>присяжные не пришли к решению</translation>
    </message>
    <message>
        <source>Sentence passed</source>
        <translation>Наказание назначено</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Пока ничего не произошло.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>No vote has been revealed.</source>
        <translation>Результаты голосований ещё не показаны.</translation>
    </message>
    <message>
        <source>Vote {no}</source>
        <translation>Голосование №&#xa0;{no}</translation>
    </message>
    <message>
        <source>Vote {no} (annulled)</source>
        <translation>Голосование №&#xa0;{no} (аннулировано)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Пустой</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>Наказание:</translation>
    </message>
    <message>
        <source>There is no verdict to compare yet.</source>
        <translation>Пока нет вердикта для сравнения.</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>What it would decide</source>
        <translation>Какое решение принял бы</translation>
    </message>
    <message>
        <source>How the ballots were fitted</source>
        <translation>Как пересчитаны бюллетени</translation>
    </message>
    <message>
        <source>The panel has not deliberated yet.</source>
        <translation>Состав суда ещё не совещался.</translation>
    </message>
    <message>
        <source>Arrows point from the member whose arguments moved someone to the member moved; solid arrows were reported by the members, dashed ones inferred from the stances. Guilty: orange square; not guilty: blue circle; undecided: grey ring.</source>
        <translation>Стрелки идут от участника, чьи доводы на кого-то повлияли, к тому, на кого они повлияли; сплошные стрелки названы самими участниками, пунктирные выведены из позиций. Виновен: оранжевый квадрат; не виновен: синий круг; не определился: серое кольцо.</translation>
    </message>
    <message>
        <source>Influence network</source>
        <translation>Сеть влияния</translation>
    </message>
    <message>
        <source>Talk (min)</source>
        <translation>Выступления (мин)</translation>
    </message>
    <message>
        <source>Judges&apos; share of influence</source>
        <translation>Доля судей во влиянии</translation>
    </message>
    <message>
        <source>Judges&apos; share of seats</source>
        <translation>Доля судей в составе</translation>
    </message>
    <message>
        <source>Two-way links</source>
        <translation>Взаимные связи</translation>
    </message>
    <message>
        <source>Inequality of talk time</source>
        <translation>Неравенство времени выступлений</translation>
    </message>
    <message>
        <source>Never moved</source>
        <translation>Не меняли позицию</translation>
    </message>
    <message>
        <source>Never spoke</source>
        <translation>Не выступали</translation>
    </message>
    <message>
        <source>Average opinion</source>
        <translation>Среднее мнение</translation>
    </message>
    <message>
        <source>Polarization</source>
        <translation>Поляризация</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Консенсус</translation>
    </message>
    <message>
        <source>The whole deliberation</source>
        <translation>Совещание в целом</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Что это значит</translation>
    </message>
    <message>
        <source>Each member</source>
        <translation>По каждому участнику</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Questions for the class, each with this session&apos;s own numbers and what research on real juries says.</source>
        <translation>Вопросы для класса: к каждому — цифры этого сеанса и то, что говорят исследования реальных коллегий присяжных.</translation>
    </message>
    <message>
        <source>A model of who moved whom, fitted to this class&apos;s stance checks (docs/what-if.md), replays the deliberation under other panels; each court&apos;s rule then decides on the simulated stances.</source>
        <translation>Модель того, кто на кого повлиял, подобранная по опросам позиций этого класса (docs/what-if.md), проигрывает совещание в других составах; затем правило каждого суда выносит решение по смоделированным позициям.</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>виновен</translation>
    </message>
    <message>
        <source>not guilty</source>
        <translation>не виновен</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>вердикта нет</translation>
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
        <translation>Свидетель: {name}</translation>
    </message>
    <message>
        <source>Judge {n}</source>
        <translation>Судья №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Defence counsel</source>
        <translation>Защитник</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Подсудимый</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Потерпевший</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Секретарь судебного заседания</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>The other roles</source>
        <translation>Остальные роли</translation>
    </message>
    <message>
        <source>Choose who plays each role, or draw them. Everyone else watches from the gallery.</source>
        <translation>Выберите, кто исполняет каждую роль, или распределите роли по жребию. Все остальные наблюдают из зала.</translation>
    </message>
    <message>
        <source>&amp;Draw the empty roles</source>
        <translation>&amp;Распределить свободные роли по жребию</translation>
    </message>
    <message>
        <source>Draw the empty roles</source>
        <translation>Распределить свободные роли по жребию</translation>
    </message>
</context>
<context>
    <name>SeatMap</name>
    <message>
        <source>Bench</source>
        <translation>Судейский стол</translation>
    </message>
    <message>
        <source>Clerk&apos;s desk</source>
        <translation>Стол секретаря</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <translation>Сторона обвинения</translation>
    </message>
    <message>
        <source>Witness stand</source>
        <translation>Свидетельская трибуна</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>Сторона защиты</translation>
    </message>
    <message>
        <source>Jury box</source>
        <translation>Скамья присяжных</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>Запасные присяжные</translation>
    </message>
    <message>
        <source>Public gallery</source>
        <translation>Места для публики</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(свободно)</translation>
    </message>
    <message>
        <source>Nobody is watching.</source>
        <translation>Зрителей нет.</translation>
    </message>
    <message>
        <source>Public gallery: {names}</source>
        <translation>Места для публики: {names}</translation>
    </message>
    <message>
        <source>Witness {n}</source>
        <translation>Свидетель №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Judge {n}</source>
        <translation>Судья №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Juror {n}</source>
        <translation>Присяжный №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Reserve {n}</source>
        <translation>Запасной №&#xa0;{n}</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Defence counsel</source>
        <translation>Защитник</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Подсудимый</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Потерпевший</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Секретарь судебного заседания</translation>
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
        <translation>Наказание: {sentence}</translation>
    </message>
    <message>
        <source>Sentence proposed by {name}</source>
        <translation>{name}: предложенное наказание</translation>
    </message>
    <message>
        <source>Round {n}: {rule}</source>
        <translation>Тур {n}: {rule}</translation>
    </message>
    <message>
        <source>In this court the judges and the jurors decide the sentence together. Record each member&apos;s proposal, then count the round.</source>
        <translation>В этом суде наказание определяют судьи и присяжные вместе. Отметьте наказание, предложенное каждым членом коллегии, затем подсчитайте голоса тура.</translation>
    </message>
    <message>
        <source>In this court the judge alone gives the sentence.</source>
        <translation>В этом суде наказание назначает только судья.</translation>
    </message>
    <message>
        <source>The judge&apos;s &amp;sentence:</source>
        <translation>На&amp;казание, назначенное судьёй:</translation>
    </message>
    <message>
        <source>&amp;Years in prison (0: none):</source>
        <translation>Лишение свободы, ле&amp;т (0 — нет):</translation>
    </message>
    <message>
        <source>&amp;Count the round</source>
        <translation>&amp;Подсчитать голоса тура</translation>
    </message>
    <message>
        <source>&amp;Record the sentence</source>
        <translation>Зап&amp;исать наказание</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Перейти к &amp;разбору итогов</translation>
    </message>
    <message>
        <source>The judge&apos;s sentence</source>
        <translation>Наказание, назначенное судьёй</translation>
    </message>
    <message>
        <source>Years in prison</source>
        <translation>Срок лишения свободы, лет</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>PIN-коды не совпадают. Введите один и тот же PIN-код дважды.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-код должен состоять из 4–12 цифр.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Projector &amp;mode:</source>
        <translation>&amp;Режим проектора:</translation>
    </message>
    <message>
        <source>Teacher &amp;PIN:</source>
        <translation>PIN-код &amp;учителя:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>&amp;Повтор PIN-кода:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Large text for a projector</source>
        <translation>Крупный текст для проектора</translation>
    </message>
    <message>
        <source>Teacher PIN</source>
        <translation>PIN-код учителя</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>Повтор PIN-кода учителя</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Large text (at least 24 pt)</source>
        <translation>Крупный текст (не меньше 24 пт)</translation>
    </message>
    <message>
        <source>Type a new PIN to change it</source>
        <translation>Введите новый PIN-код</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>От 4 до 12 цифр</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Удалить PIN-код</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>StanceCheck</name>
    <message>
        <source>Guilty</source>
        <translation>Виновен</translation>
    </message>
    <message>
        <source>Not guilty</source>
        <translation>Не виновен</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Не определился</translation>
    </message>
    <message>
        <source>{seat}, {name}</source>
        <translation>{seat}, {name}</translation>
    </message>
    <message>
        <source>Recorded. Pass the laptop to {seat}, {name}.</source>
        <translation>Ответ записан. Передайте ноутбук участнику: {seat}, {name}.</translation>
    </message>
    <message>
        <source>Pass the laptop to {seat}, {name}.</source>
        <translation>Передайте ноутбук участнику: {seat}, {name}.</translation>
    </message>
    <message>
        <source>I am {name}</source>
        <translation>Я — {name}</translation>
    </message>
    <message>
        <source>Everyone has answered. Give the laptop back to the teacher.</source>
        <translation>Все ответили. Верните ноутбук учителю.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>toward guilty</source>
        <translation>в сторону виновности</translation>
    </message>
    <message>
        <source>toward acquittal</source>
        <translation>в сторону оправдания</translation>
    </message>
    <message>
        <source>Did {who} move you?</source>
        <translation>Повлияли ли на вас доводы участника: {who}?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the stance check</source>
        <translation>Закрыть опрос позиций</translation>
    </message>
    <message>
        <source>What do you think now?</source>
        <translation>Что вы думаете сейчас?</translation>
    </message>
    <message>
        <source>&amp;Guilty</source>
        <translation>&amp;Виновен</translation>
    </message>
    <message>
        <source>&amp;Not guilty</source>
        <translation>&amp;Не виновен</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>&amp;Пока не знаю</translation>
    </message>
    <message>
        <source>How &amp;sure are you?</source>
        <translation>Насколько вы &amp;уверены?</translation>
    </message>
    <message>
        <source>How sure are you?</source>
        <translation>Насколько вы уверены?</translation>
    </message>
    <message>
        <source>How sure, 0 to 100</source>
        <translation>Уверенность, от 0 до 100</translation>
    </message>
    <message>
        <source>Whose arguments moved you? Name only those who did.</source>
        <translation>Чьи доводы на вас повлияли? Отметьте только тех, кто повлиял.</translation>
    </message>
    <message>
        <source>Whose arguments moved you?</source>
        <translation>Чьи доводы на вас повлияли?</translation>
    </message>
    <message>
        <source>&amp;Back: this is not me</source>
        <translation>Н&amp;азад: это не я</translation>
    </message>
    <message>
        <source>Back: this is not me</source>
        <translation>Назад: это не я</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save my answer</source>
        <translation>Сохранить мой ответ</translation>
    </message>
    <message>
        <source>This answer could not be saved. Ask the teacher.</source>
        <translation>Не удалось сохранить этот ответ. Обратитесь к учителю.</translation>
    </message>
</context>
<context>
    <name>TrialPanel</name>
    <message>
        <source>Opening statements</source>
        <translation>Вступительные заявления сторон</translation>
    </message>
    <message>
        <source>Closing arguments</source>
        <translation>Прения сторон</translation>
    </message>
    <message>
        <source>Evidence: {title}</source>
        <translation>Доказательство: {title}</translation>
    </message>
    <message>
        <source>Witness: {name}</source>
        <translation>Свидетель: {name}</translation>
    </message>
    <message>
        <source>‖ Paused: objection</source>
        <translation>‖ Пауза: возражение</translation>
    </message>
    <message>
        <source>▶ Running</source>
        <translation>▶ Идёт</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Завершена</translation>
    </message>
    <message>
        <source>○ To come</source>
        <translation>○ Впереди</translation>
    </message>
    <message>
        <source>Called by the prosecution.</source>
        <translation>Свидетель стороны обвинения.</translation>
    </message>
    <message>
        <source>Called by the defence.</source>
        <translation>Свидетель стороны защиты.</translation>
    </message>
    <message>
        <source>The prosecution says what it will prove, then the defence answers.

{summary}</source>
        <translation>Сторона обвинения излагает, что она намерена доказать, затем отвечает сторона защиты.

{summary}</translation>
    </message>
    <message>
        <source>The prosecution sums up first; the defence speaks last.</source>
        <translation>Первой подводит итоги сторона обвинения, последней выступает сторона защиты.</translation>
    </message>
    <message>
        <source>No stage is running. Choose one in the list and start it.</source>
        <translation>Ни одна стадия не идёт. Выберите стадию в списке и начните её.</translation>
    </message>
    <message>
        <source>Objection by the prosecution: the clock is paused until the judge rules.</source>
        <translation>Возражение стороны обвинения: время остановлено, пока судья не примет решение.</translation>
    </message>
    <message>
        <source>Objection by the defence: the clock is paused until the judge rules.</source>
        <translation>Возражение стороны защиты: время остановлено, пока судья не примет решение.</translation>
    </message>
    <message>
        <source>Running: {stage}</source>
        <translation>Идёт: {stage}</translation>
    </message>
    <message>
        <source>Stage time {time}</source>
        <translation>Время стадии: {time}</translation>
    </message>
    <message>
        <source>&amp;Start the stage</source>
        <translation>&amp;Начать стадию</translation>
    </message>
    <message>
        <source>&amp;End the stage</source>
        <translation>Заверш&amp;ить стадию</translation>
    </message>
    <message>
        <source>Objection by the p&amp;rosecution</source>
        <translation>Возражение о&amp;бвинения</translation>
    </message>
    <message>
        <source>Objection by the &amp;defence</source>
        <translation>Возражение з&amp;ащиты</translation>
    </message>
    <message>
        <source>S&amp;ustained</source>
        <translation>&amp;Удовлетворить</translation>
    </message>
    <message>
        <source>&amp;Overruled</source>
        <translation>От&amp;клонить</translation>
    </message>
    <message>
        <source>Sho&amp;w on the projector</source>
        <translation>&amp;Показать на проекторе</translation>
    </message>
    <message>
        <source>Go to the judge&apos;s &amp;charge</source>
        <translation>П&amp;ерейти к напутственному слову</translation>
    </message>
    <message>
        <source>&amp;Trial stages:</source>
        <translation>Стадии &amp;разбирательства:</translation>
    </message>
    <message>
        <source>Trial stages</source>
        <translation>Стадии разбирательства</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>&amp;Notes on this stage (saved when it ends):</source>
        <translation>За&amp;метки по этой стадии (сохраняются, когда она завершится):</translation>
    </message>
    <message>
        <source>Notes on this stage</source>
        <translation>Заметки по этой стадии</translation>
    </message>
    <message>
        <source>Te&amp;xt to read out:</source>
        <translation>&amp;Текст для чтения вслух:</translation>
    </message>
    <message>
        <source>Text to read out</source>
        <translation>Текст для чтения вслух</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Guilty</source>
        <translation>виновен</translation>
    </message>
    <message>
        <source>Not guilty</source>
        <translation>не виновен</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Вердикт: {verdict}</translation>
    </message>
    <message>
        <source>The jury could not agree (hung jury)</source>
        <translation>присяжные не пришли к решению</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>What it would decide</source>
        <translation>Какое решение принял бы</translation>
    </message>
    <message>
        <source>How the ballots were fitted</source>
        <translation>Как пересчитаны бюллетени</translation>
    </message>
    <message>
        <source>Under the other courts</source>
        <translation>В других судах</translation>
    </message>
    <message>
        <source>The rule that decided, and the other courts</source>
        <translation>Решающее правило и другие суды</translation>
    </message>
    <message>
        <source>Go to the &amp;sentence</source>
        <translation>Перейти к на&amp;казанию</translation>
    </message>
    <message>
        <source>Go to the &amp;debrief</source>
        <translation>Перейти к &amp;разбору итогов</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Vote {no}: {voted} of {total} have voted.</source>
        <translation>Голосование №&#xa0;{no}: проголосовали {voted} из {total}.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Пустой</translation>
    </message>
    <message>
        <source>Revealing the ballots needs the teacher PIN.</source>
        <translation>Чтобы показать результаты голосования, введите PIN-код учителя.</translation>
    </message>
    <message>
        <source>Annul the vote</source>
        <translation>Аннулировать голосование</translation>
    </message>
    <message>
        <source>Why is the whole vote annulled? (It is recorded.)</source>
        <translation>Почему аннулируется всё голосование? (Причина будет записана.)</translation>
    </message>
    <message>
        <source>Annulling a vote needs the teacher PIN.</source>
        <translation>Чтобы аннулировать голосование, введите PIN-код учителя.</translation>
    </message>
    <message>
        <source>Continue the vote</source>
        <translation>Продолжить голосование</translation>
    </message>
    <message>
        <source>Reveal the ballots…</source>
        <translation>Показать результаты…</translation>
    </message>
    <message>
        <source>Annul the vote…</source>
        <translation>Аннулировать голосование…</translation>
    </message>
    <message>
        <source>Announce the verdict</source>
        <translation>Огласить вердикт</translation>
    </message>
    <message>
        <source>Back to deliberation</source>
        <translation>Вернуться к совещанию</translation>
    </message>
    <message>
        <source>Declare a hung jury</source>
        <translation>Объявить, что присяжные не пришли к решению</translation>
    </message>
    <message>
        <source>Tally and the rule that decides</source>
        <translation>Итоги голосования и решающее правило</translation>
    </message>
</context>
</TS>
