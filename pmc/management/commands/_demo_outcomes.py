"""Demo outcomes, regional summaries, amendments and reflection comments for the seed_demo command.

Pure data: ten outcomes (two per thematic area of the 2021 People's Migration
Challenge) that synthesise the global round 1 posts in _demo_contributions.py,
in English, French, Spanish and Arabic; what each regional and national
round's organiser wrote about them; alternative wordings proposed by
grassroots participants; and short reflection comments. The wording is the
platform's own, not official United Nations text. Authors are fictional; no
real person's name, e-mail address or URL appears here.

"sources" are indexes into CONTRIBUTIONS[theme] (all < 14, i.e. posted in
global round 1).
"""

OUTCOMES = [
    # 0. Theme 1: Migration, COVID-19 and the New Social Contract
    {
        "theme": 1,
        "kind": "recommendation",
        "text": {
            "en": (
                "Governments of destination should give every migrant, whatever their status, access to COVID-19 "
                "testing, treatment and vaccination and to emergency cash or food relief, backed by a written "
                "firewall that keeps health and social-service data away from immigration enforcement."
            ),
            "fr": (
                "Les gouvernements des pays de destination devraient garantir à toute personne migrante, quel que "
                "soit son statut, l'accès au dépistage, au traitement et à la vaccination contre la COVID-19 ainsi "
                "qu'aux aides d'urgence en espèces ou alimentaires, avec un pare-feu écrit empêchant la transmission "
                "des données de santé et des services sociaux aux autorités chargées de l'immigration."
            ),
            "es": (
                "Los gobiernos de destino deben garantizar a toda persona migrante, cualquiera que sea su situación "
                "migratoria, el acceso a pruebas, tratamiento y vacunación contra la COVID-19 y a la ayuda de "
                "emergencia en efectivo o alimentaria, con un cortafuegos por escrito que impida compartir los datos "
                "de salud y de servicios sociales con las autoridades migratorias."
            ),
            "ar": (
                "ينبغي لحكومات بلدان المقصد أن تكفل لكل مهاجر، أياً كان وضعه، الحصول على فحوص كوفيد-19 وعلاجه "
                "واللقاح المضاد له، وعلى المساعدات الطارئة النقدية أو الغذائية، مع ضمان مكتوب يفصل بيانات الخدمات "
                "الصحية والاجتماعية فصلاً تاماً عن سلطات إنفاذ قوانين الهجرة."
            ),
        },
        "gcm_objectives": [15, 7],
        "sdg_targets": ["3.8", "1.3"],
        "principles": ["human-rights", "people-centred"],
        "sources": [8, 10, 13],
    },
    # 1. Theme 1
    {
        "theme": 1,
        "kind": "action_point",
        "text": {
            "en": (
                "Trade unions and migrant associations should jointly document pandemic wage theft through "
                "multilingual hotlines, and destination governments should set up a claims mechanism, open to "
                "workers already back home, that holds employers and recruitment agencies jointly liable for unpaid "
                "wages and end-of-service benefits."
            ),
            "fr": (
                "Les syndicats et les associations de migrants devraient documenter ensemble les vols de salaires "
                "liés à la pandémie grâce à des permanences téléphoniques multilingues, et les pays de destination "
                "devraient créer un mécanisme de réclamation, ouvert aux travailleurs déjà rentrés, qui rende "
                "employeurs et agences de recrutement solidairement responsables des salaires et "
                "indemnités de fin de service impayés."
            ),
            "es": (
                "Los sindicatos y las asociaciones de migrantes deben documentar conjuntamente el robo de salarios "
                "durante la pandemia mediante líneas de ayuda multilingües, y los gobiernos de destino deben crear un "
                "mecanismo de reclamación, abierto también a quienes ya regresaron, que haga a empleadores "
                "y agencias solidariamente responsables de los salarios y prestaciones por fin de "
                "servicio impagados."
            ),
            "ar": (
                "ينبغي للنقابات العمالية وجمعيات المهاجرين أن توثّق معاً حالات سرقة الأجور خلال الجائحة عبر خطوط "
                "مساعدة متعددة اللغات، وأن تنشئ حكومات بلدان المقصد آلية للمطالبات، مفتوحة أيضاً للعمال الذين عادوا "
                "إلى بلدانهم، تُحمّل أصحاب العمل ووكالات التوظيف مسؤولية تضامنية عن الأجور ومكافآت نهاية الخدمة غير "
                "المدفوعة."
            ),
        },
        "gcm_objectives": [6, 7],
        "sdg_targets": ["8.8"],
        "principles": ["whole-of-society", "rule-of-law-and-due-process"],
        "sources": [0, 5, 6, 9],
    },
    # 2. Theme 2: Race, ethnicity and migration
    {
        "theme": 2,
        "kind": "recommendation",
        "text": {
            "en": (
                "Governments of origin and destination should prohibit recruitment agencies and employers from "
                "setting wages, conditions or job offers by nationality, race, ethnicity or religion, monitor online "
                "job advertisements, and withdraw the licences of agencies that continue these practices."
            ),
            "fr": (
                "Les gouvernements des pays d'origine et de destination devraient interdire aux agences de "
                "recrutement et aux employeurs de fixer les salaires, les conditions ou les offres d'emploi en "
                "fonction de la nationalité, de la race, de l'origine ethnique ou de la religion, surveiller les "
                "offres d'emploi en ligne et retirer leur licence aux agences qui persistent dans ces pratiques."
            ),
            "es": (
                "Los gobiernos de origen y destino deben prohibir que las agencias de contratación y los empleadores "
                "fijen salarios, condiciones u ofertas de empleo según la nacionalidad, la raza, el origen étnico o "
                "la religión, vigilar los anuncios de empleo en línea y retirar la licencia a las agencias que "
                "persistan en estas prácticas."
            ),
            "ar": (
                "ينبغي لحكومات بلدان المنشأ والمقصد أن تحظر على وكالات التوظيف وأصحاب العمل تحديد الأجور أو شروط "
                "العمل أو عروض التوظيف على أساس الجنسية أو العرق أو الأصل الإثني أو الدين، وأن تراقب إعلانات "
                "الوظائف على الإنترنت، وأن تسحب تراخيص الوكالات التي تواصل هذه الممارسات."
            ),
        },
        "gcm_objectives": [17, 6],
        "sdg_targets": ["10.3", "8.8"],
        "principles": ["human-rights", "rule-of-law-and-due-process"],
        "sources": [1, 3, 7],
    },
    # 3. Theme 2
    {
        "theme": 2,
        "kind": "action_point",
        "text": {
            "en": (
                "Migrant-led organisations should run a multilingual, anonymous tool for reporting racist incidents, "
                "including ethnic profiling in police and border checks, and national human rights institutions "
                "should publish yearly data disaggregated by migration status, ethnicity and gender, gathered with "
                "affected communities and safeguarded against misuse."
            ),
            "fr": (
                "Les organisations dirigées par des migrants devraient gérer un outil multilingue et anonyme de "
                "signalement des incidents racistes, y compris le profilage ethnique lors des contrôles policiers et "
                "frontaliers, et les institutions nationales des droits de l'homme devraient publier chaque année "
                "des données ventilées par statut migratoire, origine ethnique et sexe, recueillies avec les "
                "communautés et protégées contre tout abus."
            ),
            "es": (
                "Las organizaciones lideradas por migrantes deben gestionar una herramienta multilingüe y anónima "
                "para denunciar incidentes racistas, incluidos los perfiles étnicos en controles policiales y "
                "fronterizos, y las instituciones nacionales de derechos humanos deben publicar cada año datos "
                "desglosados por situación migratoria, origen étnico y género, recogidos con las comunidades "
                "afectadas y protegidos contra su uso indebido."
            ),
            "ar": (
                "ينبغي للمنظمات التي يقودها المهاجرون أن تدير أداة متعددة اللغات ومجهولة الهوية للإبلاغ عن الحوادث "
                "العنصرية، بما فيها التنميط العرقي في عمليات التفتيش الشرطية والحدودية، وأن تنشر المؤسسات الوطنية "
                "لحقوق الإنسان سنوياً بيانات مصنفة حسب وضع الهجرة والأصل الإثني والجنس، تُجمع بمشاركة المجتمعات "
                "المعنية ومع ضمانات تمنع إساءة استخدامها."
            ),
        },
        "gcm_objectives": [17, 1],
        "sdg_targets": ["17.18", "10.2"],
        "principles": ["whole-of-society", "human-rights"],
        "sources": [0, 5, 8, 9],
    },
    # 4. Theme 3: Regular pathways and irregular migration
    {
        "theme": 3,
        "kind": "recommendation",
        "text": {
            "en": (
                "Destination governments should let migrant workers change employers without losing their status "
                "and open permanent regularisation procedures based on residence, work, family ties or humanitarian "
                "grounds, with affordable fees and protection from detention and deportation while applications are "
                "pending."
            ),
            "fr": (
                "Les gouvernements des pays de destination devraient permettre aux travailleurs migrants de changer "
                "d'employeur sans perdre leur statut et ouvrir des procédures permanentes de régularisation fondées "
                "sur la durée de résidence, le travail, les liens familiaux ou des motifs humanitaires, avec des frais "
                "abordables et une protection contre la détention et l'expulsion pendant l'examen des demandes."
            ),
            "es": (
                "Los gobiernos de destino deben permitir que las personas trabajadoras migrantes cambien de "
                "empleador sin perder su estatus y abrir procedimientos permanentes de regularización basados en el "
                "tiempo de residencia, el trabajo, los vínculos familiares o razones humanitarias, con tasas "
                "asequibles y protección frente a la detención y la deportación mientras se tramitan las solicitudes."
            ),
            "ar": (
                "ينبغي لحكومات بلدان المقصد أن تسمح للعمال المهاجرين بتغيير صاحب العمل دون فقدان وضعهم القانوني، "
                "وأن تعتمد إجراءات دائمة لتسوية الأوضاع على أساس مدة الإقامة أو العمل أو الروابط الأسرية أو "
                "الدواعي الإنسانية، برسوم ميسورة ومع الحماية من الاحتجاز والترحيل أثناء النظر في الطلبات."
            ),
        },
        "gcm_objectives": [5, 7],
        "sdg_targets": ["10.7"],
        "principles": ["human-rights", "people-centred"],
        "sources": [0, 2, 7, 8],
    },
    # 5. Theme 3
    {
        "theme": 3,
        "kind": "action_point",
        "text": {
            "en": (
                "Origin and destination governments should write the employer-pays principle into every bilateral "
                "labour agreement, while civil society organisations compile a public list of recruitment agencies "
                "with repeated complaints and share it with labour ministries, so that recruiters who charge workers "
                "fees lose their licences."
            ),
            "fr": (
                "Les gouvernements des pays d'origine et de destination devraient inscrire le principe de "
                "l'employeur-payeur dans chaque accord bilatéral de main-d'œuvre, tandis que la société civile "
                "dresse une liste publique des agences de recrutement visées par des plaintes "
                "répétées et la transmet aux ministères du travail, afin que les recruteurs qui font payer des "
                "frais aux travailleurs perdent leur licence."
            ),
            "es": (
                "Los gobiernos de origen y destino deben incorporar el principio de que el empleador paga en todos "
                "los acuerdos laborales bilaterales, mientras las organizaciones de la sociedad civil elaboran una "
                "lista pública de agencias de contratación con denuncias reiteradas y la comparten con los "
                "ministerios de trabajo, para que los reclutadores que cobran comisiones pierdan "
                "su licencia."
            ),
            "ar": (
                "ينبغي لحكومات بلدان المنشأ والمقصد أن تُدرج مبدأ تحمّل صاحب العمل لتكاليف التوظيف في كل اتفاق عمل "
                "ثنائي، على أن تُعدّ منظمات المجتمع المدني قائمة علنية بوكالات التوظيف التي تتكرر الشكاوى ضدها "
                "وتتقاسمها مع وزارات العمل، حتى يفقد الوسطاء الذين يتقاضون رسوماً من العمال تراخيصهم."
            ),
        },
        "gcm_objectives": [6, 10],
        "sdg_targets": ["8.7", "8.8"],
        "principles": ["international-cooperation", "whole-of-society"],
        "sources": [1, 6, 9],
    },
    # 6. Theme 4: Detention and return
    {
        "theme": 4,
        "kind": "recommendation",
        "text": {
            "en": (
                "Governments should end the immigration detention of children, and of survivors of trafficking and "
                "torture, in law and in practice, fund community-based alternatives with case management, and report "
                "to the IMRF how many people they detain, by age and length of detention."
            ),
            "fr": (
                "Les gouvernements devraient mettre fin, en droit et en pratique, à la rétention administrative des "
                "enfants migrants ainsi que des victimes de la traite et de la torture, financer des alternatives "
                "communautaires assorties d'un accompagnement individualisé et communiquer au Forum d'examen des "
                "migrations internationales le nombre de personnes retenues, par âge et durée de rétention."
            ),
            "es": (
                "Los gobiernos deben poner fin, en la ley y en la práctica, a la detención migratoria de niñas, niños "
                "y adolescentes y de sobrevivientes de trata y tortura, financiar alternativas comunitarias con "
                "gestión de casos e informar al Foro de Examen de la Migración Internacional del número de personas "
                "detenidas, por edad y duración de la detención."
            ),
            "ar": (
                "ينبغي للحكومات أن تنهي، قانوناً وممارسةً، احتجاز الأطفال لأسباب تتعلق بالهجرة، وكذلك احتجاز "
                "الناجين من الاتجار بالبشر والتعذيب، وأن تموّل بدائل مجتمعية تقوم على إدارة الحالات، وأن تُبلغ منتدى "
                "استعراض الهجرة الدولية بعدد المحتجزين لديها حسب العمر ومدة الاحتجاز."
            ),
        },
        "gcm_objectives": [13],
        "sdg_targets": ["16.2"],
        "principles": ["child-sensitive", "human-rights"],
        "sources": [0, 4, 7, 10],
    },
    # 7. Theme 4
    {
        "theme": 4,
        "kind": "action_point",
        "text": {
            "en": (
                "Origin governments should fund migrant-run reception networks for deported workers at airports and "
                "land borders, and destination states should let workers pursue wage and trafficking claims from "
                "their country of origin, suspending deportation while such cases are pending."
            ),
            "fr": (
                "Les gouvernements des pays d'origine devraient financer des réseaux d'accueil gérés par des migrants "
                "dans les aéroports et aux frontières terrestres pour les travailleurs expulsés, et les États de "
                "destination devraient permettre de poursuivre les réclamations salariales et les plaintes pour "
                "traite depuis le pays d'origine, en suspendant l'expulsion tant que ces affaires sont en cours."
            ),
            "es": (
                "Los gobiernos de origen deben financiar redes de recepción gestionadas por migrantes en aeropuertos "
                "y fronteras terrestres para las personas trabajadoras deportadas, y los Estados de destino deben "
                "permitir que se presenten y sigan reclamaciones salariales y denuncias de trata desde el país de "
                "origen, suspendiendo la deportación mientras estos casos estén pendientes."
            ),
            "ar": (
                "ينبغي لحكومات بلدان المنشأ أن تموّل شبكات استقبال يديرها المهاجرون في المطارات والمعابر البرية "
                "لاستقبال العمال المرحّلين، وينبغي لدول المقصد أن تتيح للعمال متابعة مطالبات الأجور وقضايا الاتجار "
                "بالبشر من بلدانهم الأصلية، مع وقف الترحيل ما دامت هذه القضايا قيد النظر."
            ),
        },
        "gcm_objectives": [21, 14],
        "sdg_targets": ["8.8"],
        "principles": ["rule-of-law-and-due-process", "international-cooperation"],
        "sources": [1, 6, 8],
    },
    # 8. Theme 5: Climate change and migration
    {
        "theme": 5,
        "kind": "recommendation",
        "text": {
            "en": (
                "Destination governments and regional bodies should open regular pathways for people displaced "
                "across borders by climate change and disasters, such as humanitarian visas, temporary protection "
                "and free-movement agreements, designed with affected communities and announced as commitments at "
                "the IMRF."
            ),
            "fr": (
                "Les gouvernements des pays de destination et les organismes régionaux devraient ouvrir des voies de "
                "migration régulière aux personnes déplacées au-delà des frontières par les changements climatiques "
                "et les catastrophes, telles que visas humanitaires, protection temporaire et accords de libre "
                "circulation, conçues avec les communautés touchées et annoncées comme engagements au Forum d'examen "
                "des migrations internationales."
            ),
            "es": (
                "Los gobiernos de destino y los organismos regionales deben abrir vías regulares para las personas "
                "desplazadas a través de las fronteras por el cambio climático y los desastres, como visas "
                "humanitarias, protección temporal y acuerdos de libre circulación, diseñadas junto con las "
                "comunidades afectadas y presentadas como compromisos ante el Foro de Examen de la Migración "
                "Internacional."
            ),
            "ar": (
                "ينبغي لحكومات بلدان المقصد والهيئات الإقليمية أن تفتح مسارات هجرة نظامية للأشخاص الذين يعبرون "
                "الحدود نازحين بسبب تغير المناخ والكوارث، مثل التأشيرات الإنسانية والحماية المؤقتة واتفاقات حرية "
                "التنقل، على أن تُصمَّم بمشاركة المجتمعات المتضررة وتُعلن بوصفها التزامات في منتدى استعراض الهجرة "
                "الدولية."
            ),
        },
        "gcm_objectives": [5, 2],
        "sdg_targets": ["10.7", "13.1"],
        "principles": ["human-rights", "international-cooperation"],
        "sources": [2, 3, 7, 13],
    },
    # 9. Theme 5
    {
        "theme": 5,
        "kind": "action_point",
        "text": {
            "en": (
                "Governments should integrate human mobility into national adaptation plans using community "
                "testimonies, base any planned relocation on free, prior and informed consent, and, together with "
                "climate funds, make loss-and-damage finance directly accessible to local and migrant-led "
                "organisations."
            ),
            "fr": (
                "Les gouvernements devraient intégrer la mobilité humaine dans leurs plans nationaux d'adaptation en "
                "s'appuyant sur les témoignages des communautés, subordonner toute réinstallation planifiée au "
                "consentement libre, préalable et éclairé et, avec les fonds climatiques, rendre le financement des "
                "pertes et préjudices directement accessible aux organisations locales et dirigées par des migrants."
            ),
            "es": (
                "Los gobiernos deben integrar la movilidad humana en sus planes nacionales de adaptación a partir de "
                "los testimonios de las comunidades, basar toda reubicación planificada en el consentimiento libre, "
                "previo e informado y, junto con los fondos climáticos, hacer que la financiación para pérdidas y "
                "daños llegue directamente a las organizaciones locales y lideradas por migrantes."
            ),
            "ar": (
                "ينبغي للحكومات أن تُدمج التنقل البشري في خطط التكيف الوطنية استناداً إلى شهادات المجتمعات المحلية، "
                "وأن تشترط الموافقة الحرة والمسبقة والمستنيرة لأي نقل مخطط للسكان، وأن تعمل مع صناديق المناخ على "
                "إتاحة تمويل الخسائر والأضرار مباشرةً للمنظمات المحلية والمنظمات التي يقودها المهاجرون."
            ),
        },
        "gcm_objectives": [2, 23],
        "sdg_targets": ["13.1"],
        "principles": ["whole-of-society", "sustainable-development"],
        "sources": [1, 5, 8, 9],
    },
]

REGIONAL_SUMMARIES = {
    # Asia and the Pacific
    "ESCAP": {
        0: (
            "Organisers in Bangkok and Kuala Lumpur reported that undocumented workers stayed away from vaccination "
            "centres for fear of immigration raids; participants asked ASEAN destination governments to publish "
            "firewall guarantees in Burmese, Khmer and Nepali."
        ),
        1: (
            "Domestic worker unions in Hong Kong and Singapore shared wage-theft case files from 2020, and the round "
            "asked Gulf and ASEAN destination governments to accept claims lodged from Nepal, Indonesia and "
            "Bangladesh after workers return."
        ),
        2: (
            "Participants cited job advertisements for the Gulf and Malaysia that set salaries by nationality and "
            "religion, and urged origin countries such as Indonesia and Sri Lanka to raise the issue in the Colombo "
            "Process and the Abu Dhabi Dialogue."
        ),
        3: (
            "Organisers noted that Rohingya and other stateless people rarely report incidents to the police, so the "
            "round proposed that national human rights institutions in Malaysia, Thailand and Indonesia co-host the "
            "reporting tool with community groups."
        ),
        4: (
            "The kafala system in the Gulf and employer-tied permits in Malaysia were named as the main causes of "
            "irregularity; participants asked that a right to change employer be written into the next labour "
            "agreements with Bangladesh and Nepal."
        ),
        5: (
            "Nepali and Bangladeshi participants reported recruitment fees of several thousand dollars for Gulf jobs, "
            "and the round asked Colombo Process members to make employer-pays a standard clause and to publish lists "
            "of sanctioned agencies."
        ),
        6: (
            "Participants described children held with their parents in immigration depots in Malaysia and Thailand, "
            "and asked the regional review to track Thailand's 2019 commitment on alternatives to child detention and "
            "to seek similar pledges elsewhere."
        ),
        7: (
            "Returnee associations in Dhaka and Kathmandu described workers deported from Saudi Arabia and Malaysia "
            "arriving without wages or belongings; participants asked origin governments to fund airport help desks "
            "staffed with migrant volunteers."
        ),
        8: (
            "Pacific participants pointed to the regional debate on free movement and asked Australia and New "
            "Zealand to widen labour and humanitarian pathways for people from climate-affected islands."
        ),
        9: (
            "Participants from coastal Bangladesh and Fiji urged that planned relocations follow community consent, "
            "as Fiji's relocation guidelines require, and that adaptation funding reach village organisations rather "
            "than only national ministries."
        ),
    },
    # Africa
    "ECA": {
        0: (
            "Participants from South Africa and Kenya reported that lockdown relief grants required national identity "
            "documents; the round asked governments to extend relief and vaccination to asylum seekers and "
            "undocumented migrants without sharing their data."
        ),
        1: (
            "Organisers highlighted Ethiopian, Kenyan and Ugandan domestic workers sent home from the Gulf and Lebanon "
            "without pay, and participants asked African origin governments to support their claims through "
            "embassies and labour attachés."
        ),
        2: (
            "Participants described East African women recruited for domestic work in the Gulf being offered lower "
            "wages than other nationalities, and asked origin states and the African Union to raise nationality-based "
            "pay in bilateral talks."
        ),
        3: (
            "The round recorded xenophobic attacks on African migrants in South Africa and the 2020 evictions of "
            "Africans in southern China, and asked national human rights commissions to publish incident data every "
            "year."
        ),
        4: (
            "Participants urged implementation of the African Union Free Movement Protocol and asked destination "
            "countries such as South Africa and Morocco to turn one-off regularisation campaigns into permanent "
            "procedures."
        ),
        5: (
            "Organisers from Uganda and Kenya reported agencies charging fees for Gulf jobs despite national bans; the "
            "round asked labour ministries to publish agency complaint records and enforce employer-pays in "
            "bilateral agreements."
        ),
        6: (
            "Participants raised the detention of people intercepted at sea and returned to Libya, and asked African "
            "and European governments to stop detaining children and to fund community-based alternatives."
        ),
        7: (
            "Returnee groups in Ethiopia and Nigeria described deportation and evacuation flights with no one to "
            "receive passengers, and asked origin governments to fund reception desks and help workers pursue wage "
            "claims after return."
        ),
        8: (
            "Participants from the Sahel and the Horn of Africa linked drought and floods to cross-border "
            "displacement and asked IGAD and ECOWAS to apply their free-movement frameworks to people displaced by "
            "disasters."
        ),
        9: (
            "Participants asked African governments to include mobility in their national adaptation plans and asked "
            "climate funds to let farmers' and migrant associations in the Sahel apply directly for small grants."
        ),
    },
    # Europe, North America and Central Asia
    "ECE": {
        0: (
            "Participants pointed to farm workers in southern Italy and Spain left out of testing and vaccination, "
            "welcomed the firewall practices of some cities, and asked national governments to put them into law."
        ),
        1: (
            "Unions described seasonal and care workers who left Western Europe in 2020 without final pay, and asked "
            "for claims procedures that stay open after workers return to Eastern Europe, North Africa or Central "
            "Asia."
        ),
        2: (
            "Organisers noted nationality-based pay gaps in agricultural and meat-processing subcontracting, and "
            "participants asked labour inspectorates in Europe and North America to check job adverts and "
            "subcontractors' terms."
        ),
        3: (
            "Participants reported abuse of East and Southeast Asian residents during the pandemic and frequent "
            "ethnic profiling in identity checks, and asked equality bodies to publish disaggregated data and police "
            "to record every stop."
        ),
        4: (
            "Participants cited Portugal's 2020 decision to treat pending applicants as residents and asked European "
            "and North American governments to make regularisation a permanent procedure rather than a one-off "
            "measure."
        ),
        5: (
            "North American participants described fees charged by recruiters in Mexico and Central America for "
            "temporary farm jobs in the United States and Canada, and asked governments to enforce employer-pays "
            "across these corridors."
        ),
        6: (
            "Participants reported families with children held at the European Union's external borders and in the "
            "United States, and asked governments to scale up the community case-management pilots already tested "
            "in several European countries."
        ),
        7: (
            "Participants from Central Asia described workers deported from the Russian Federation with re-entry bans "
            "and unpaid wages, and asked Uzbekistan, Tajikistan and Kyrgyzstan to set up reception and legal support "
            "for returnees."
        ),
        8: (
            "Participants noted that asylum law in Europe and North America rarely covers people displaced by "
            "disasters, and asked governments to use humanitarian visas and temporary protection for them."
        ),
        9: (
            "Participants asked donor governments in the region to report how much of their adaptation and "
            "loss-and-damage finance reaches local and migrant-led organisations in partner countries."
        ),
    },
    # Latin America and the Caribbean
    "ECLAC": {
        0: (
            "Participants from Colombia, Peru and Chile noted that emergency transfers required national identity "
            "cards, and asked governments to accept any identity document and to vaccinate without immigration "
            "checks."
        ),
        1: (
            "Domestic workers in Mexico and Chile described being dismissed without pay during lockdowns, and asked "
            "labour ministries to accept claims from workers who have returned to Venezuela or Central America."
        ),
        2: (
            "Participants reported job offers in the region that exclude Haitian and Venezuelan applicants, and asked "
            "governments to apply anti-discrimination laws to recruiters and online job platforms."
        ),
        3: (
            "The round recorded profiling of Afro-descendant and Haitian migrants at checkpoints in Mexico and Central "
            "America, and asked national human rights institutions to take reports with interpreters in Indigenous "
            "languages and Haitian Creole."
        ),
        4: (
            "Participants welcomed Colombia's Temporary Protection Statute for Venezuelans but asked that permanent "
            "regularisation be open on equal terms to Haitian, Cuban and African migrants."
        ),
        5: (
            "Participants described fees charged to Guatemalan and Honduran workers for seasonal jobs in Mexico, the "
            "United States and Canada, and asked governments to write employer-pays into their labour mobility "
            "agreements."
        ),
        6: (
            "Participants reported that Mexican migration stations still hold families with young children despite "
            "the 2020 legal reform, and asked for independent monitoring and shelter-based alternatives run with civil "
            "society."
        ),
        7: (
            "Migrant shelters in Guatemala and Honduras described night-time bus deportations from Mexico and flights "
            "from the United States, and asked origin governments to fund reception points and consular legal "
            "support."
        ),
        8: (
            "Participants recalled hurricanes Eta and Iota and asked members of the Regional Conference on Migration "
            "to apply their guidance on protecting people displaced across borders by disasters, including "
            "humanitarian visas."
        ),
        9: (
            "Farmers' organisations from the Dry Corridor asked that adaptation funds for water and drought-resistant "
            "seed reach community boards of those who stayed, left and returned, without replacing public "
            "investment."
        ),
    },
    # National round: the Philippines
    "PH": {
        0: (
            "Participants reported Filipino workers in Hong Kong and the Gulf excluded from host-country relief, and "
            "asked the Philippine government to press destination states for vaccine access without immigration "
            "checks for undocumented Filipinos."
        ),
        1: (
            "Participants cited repatriated Filipino workers still waiting for wages and end-of-service benefits from "
            "Saudi Arabia, and asked the Department of Labor and Employment and the Department of Foreign Affairs to "
            "pursue these claims."
        ),
        2: (
            "Filipino domestic workers described being offered different pay from other nationalities for the same "
            "job, and asked the Philippine Overseas Employment Administration to refuse job orders that set wages by "
            "nationality."
        ),
        3: (
            "Filipino seafarers and caregivers reported racist abuse abroad during the pandemic, and asked the "
            "Commission on Human Rights and the migrant desks at Philippine embassies to collect and publish these "
            "reports."
        ),
        4: (
            "Participants highlighted Filipinos in Sabah and the Middle East who fell out of status after employers "
            "kept their passports, and asked the government to negotiate employer-change rights in bilateral "
            "agreements."
        ),
        5: (
            "Participants welcomed the no-placement-fee policy for domestic workers but reported hidden charges, and "
            "asked for public lists of sanctioned agencies and employer-pays clauses in every labour agreement."
        ),
        6: (
            "Participants raised the case of Filipino children held with undocumented parents in Sabah before "
            "deportation, and asked the government to negotiate community-based alternatives with Malaysia."
        ),
        7: (
            "Volunteers meeting deportees in Zamboanga and at Manila airport described people arriving with nothing, "
            "and asked OWWA and local governments to fund migrant-run reception desks and follow-up legal aid."
        ),
        8: (
            "Participants from Eastern Visayas recalled the displacement after Typhoon Haiyan and asked that "
            "Filipinos abroad from disaster-hit provinces receive permit extensions or temporary protection during "
            "recovery."
        ),
        9: (
            "Participants asked that local climate change action plans address mobility and that People's Survival "
            "Fund grants be open to community and migrant organisations in vulnerable provinces."
        ),
    },
}

AMENDMENTS = {
    0: [
        (
            "Add that no one should be asked for an immigration document at a vaccination centre or a food "
            "distribution point."
        ),
        (
            "Replace 'governments of destination' with 'all governments, including local authorities', because city "
            "councils ran most of the relief where we live."
        ),
    ],
    1: [
        (
            "Add that origin governments should provide free legal aid so that returned workers can actually file "
            "their claims."
        ),
        (
            "Say that claims must stay open for at least five years, because many of us only learned about our rights "
            "after coming home."
        ),
    ],
    2: [
        (
            "Include language and caste alongside nationality, race, ethnicity and religion, because employers sort "
            "us in those ways too."
        ),
        "Add that workers who report discriminatory job offers must be protected from being blacklisted by agencies.",
    ],
    3: [
        "Make clear that data on ethnicity and migration status must never be passed to immigration authorities.",
        (
            "Add that the reporting tool should be publicly funded but stay under the control of migrant-led "
            "organisations."
        ),
    ],
    4: [
        "Add that regularisation must cover family members, including children born in the destination country.",
        "Replace 'affordable fees' with 'no fees for low-income applicants'.",
    ],
    5: [
        "Add that fees workers have already paid to recruiters must be refunded by the employer.",
        "Say that migrant workers and their unions must take part in negotiating the bilateral labour agreements.",
    ],
    6: [
        "Call for an end to all immigration detention within a fixed time frame, not only for children and survivors.",
        "Add that separating children from their parents must never be used as an 'alternative' to detaining them.",
    ],
    7: [
        "Add psychosocial support and help to recover wages and belongings left behind at the time of arrest.",
        (
            "Say that the worker's consulate must be informed within 24 hours of any detention so that the family can "
            "be told."
        ),
    ],
    8: [
        (
            "Add that people forced to move by slow changes such as drought and rising seas must be covered, not only "
            "those fleeing sudden disasters."
        ),
        "Replace 'announced as commitments' with 'written into law', because pledges alone are not enough.",
    ],
    9: [
        "Add that women and Indigenous peoples must have a guaranteed seat when relocation is decided.",
        "Say that remittances must never be counted as climate finance or used in place of public investment.",
    ],
}

REFLECTION_COMMENTS = {
    "endorse": [
        "This reflects what our group said at the community meeting almost word for word.",
        "We fully support this and will take the same wording to our labour ministry.",
        "We endorse it, and naming who must act will make it much easier to follow up.",
        "Our women's group agrees; it is short and clear enough to translate for all our members.",
        "Yes, this captures the discussion well and keeps the focus on our rights.",
        "Endorsed by our union branch after we read it together at our Sunday meeting.",
    ],
    "amend": [
        "Good overall, but it should mention domestic workers explicitly.",
        "Please add a deadline, otherwise governments will say they are working on it forever.",
        "We agree in principle, but the wording should name countries of origin as well as destination.",
        "The text should say how migrant organisations will take part in monitoring it.",
        "Please replace 'should' with 'must', because these are rights and not suggestions.",
        "Add that this applies to undocumented migrants too, or it will be read as excluding them.",
    ],
    "object": [
        "This is too weak: it asks for reports instead of changes in the law.",
        "Our members object because it ignores workers in the informal sector.",
        "This wording leaves everything to governments and gives no role to migrants ourselves.",
        "We object because the discussion asked for an end to the practice, not for it to be regulated.",
        "It says nothing about women migrants, who were most of the people in our discussion.",
        "We cannot endorse a text that still depends on the goodwill of employers and recruiters.",
    ],
}
