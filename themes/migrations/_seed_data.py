"""Seed data for the ``themes`` app (pure data, used by a data migration).

Sources: GCM = Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195),
objectives and guiding principles (para. 15); SDG targets = A/RES/70/1.
Every translated text is a dict with the keys "en", "fr", "es", "ar".
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# The five thematic areas of the consultation
# ---------------------------------------------------------------------------

THEMATIC_AREAS = [
    {
        "number": 1,
        "slug": "covid-19-new-social-contract",
        "title": {
            "en": "Migration, COVID-19, and the New Social Contract",
            "fr": "Migrations, COVID-19 et nouveau contrat social",
            "es": "Migración, COVID-19 y el nuevo contrato social",
            "ar": "الهجرة وجائحة كوفيد-19 والعقد الاجتماعي الجديد",
        },
        "description": {
            "en": (
                "How the COVID-19 pandemic exposed and deepened the precarity of migrants: lost jobs and "
                "wages, exclusion from health care, vaccines and relief measures, stranded workers and "
                "falling remittances. The discussion asks what a new social contract that includes all "
                "migrants, regardless of status, should guarantee: universal access to health care and "
                "social protection, labour rights for essential workers, and a place for migrants in "
                "recovery plans."
            ),
            "fr": (
                "Comment la pandémie de COVID-19 a révélé et aggravé la précarité des migrants : pertes "
                "d'emplois et de salaires, exclusion des soins de santé, des vaccins et des mesures "
                "d'aide, travailleurs bloqués et baisse des envois de fonds. La discussion porte sur ce "
                "qu'un nouveau contrat social incluant tous les migrants, quel que soit leur statut, "
                "devrait garantir : l'accès universel aux soins de santé et à la protection sociale, les "
                "droits des travailleurs essentiels et la place des migrants dans les plans de relance."
            ),
            "es": (
                "Cómo la pandemia de COVID-19 puso al descubierto y agravó la precariedad de las personas "
                "migrantes: pérdida de empleos y salarios, exclusión de la atención de salud, las vacunas "
                "y las medidas de ayuda, trabajadores varados y caída de las remesas. El debate se "
                "pregunta qué debería garantizar un nuevo contrato social que incluya a todos los "
                "migrantes, independientemente de su situación: acceso universal a la salud y a la "
                "protección social, derechos laborales para los trabajadores esenciales y un lugar para "
                "los migrantes en los planes de recuperación."
            ),
            "ar": (
                "كيف كشفت جائحة كوفيد-19 عن هشاشة أوضاع المهاجرين وعمّقتها: فقدان الوظائف والأجور، "
                "والإقصاء من الرعاية الصحية واللقاحات وتدابير الإغاثة، والعمال العالقون، وتراجع "
                "التحويلات المالية. ويتناول النقاش ما ينبغي أن يكفله عقد اجتماعي جديد يشمل جميع "
                "المهاجرين بصرف النظر عن وضعهم: حصول الجميع على الرعاية الصحية والحماية الاجتماعية، "
                "وحقوق العمل للعاملين في القطاعات الأساسية، ومكانة للمهاجرين في خطط التعافي."
            ),
        },
        "gcm_objectives": [6, 7, 15, 16, 19, 20, 22],
        "sdg_targets": ["1.3", "3.8", "5.2", "8.8", "10.c"],
        "guiding_questions": {
            "en": (
                "How did the COVID-19 pandemic and the responses to it affect migrants in your country or "
                "region, and who was left out of health care, relief and social protection?\n"
                "What should a new social contract that includes all migrants, regardless of status, "
                "guarantee in health, work and social protection?\n"
                "What concrete actions should governments and other actors take so that migrants are "
                "included in recovery plans and in the response to future crises?"
            ),
            "fr": (
                "Comment la pandémie de COVID-19 et les mesures prises pour y répondre ont-elles touché "
                "les migrants dans votre pays ou votre région, et qui a été exclu des soins de santé, des "
                "aides et de la protection sociale ?\n"
                "Que devrait garantir, en matière de santé, de travail et de protection sociale, un "
                "nouveau contrat social incluant tous les migrants, quel que soit leur statut ?\n"
                "Quelles mesures concrètes les gouvernements et les autres acteurs devraient-ils prendre "
                "pour que les migrants soient inclus dans les plans de relance et dans la réponse aux "
                "crises futures ?"
            ),
            "es": (
                "¿Cómo afectaron la pandemia de COVID-19 y las respuestas a ella a las personas migrantes "
                "en su país o región, y quiénes quedaron excluidos de la atención de salud, las ayudas y "
                "la protección social?\n"
                "¿Qué debería garantizar en materia de salud, trabajo y protección social un nuevo "
                "contrato social que incluya a todos los migrantes, independientemente de su situación?\n"
                "¿Qué medidas concretas deberían adoptar los gobiernos y otros actores para que los "
                "migrantes sean incluidos en los planes de recuperación y en la respuesta a futuras "
                "crisis?"
            ),
            "ar": (
                "كيف أثّرت جائحة كوفيد-19 والتدابير المتخذة للتصدي لها على المهاجرين في بلدك أو منطقتك، "
                "ومن الذين استُبعدوا من الرعاية الصحية والإغاثة والحماية الاجتماعية؟\n"
                "ما الذي ينبغي أن يكفله عقد اجتماعي جديد يشمل جميع المهاجرين، بصرف النظر عن وضعهم، في "
                "مجالات الصحة والعمل والحماية الاجتماعية؟\n"
                "ما الإجراءات الملموسة التي ينبغي للحكومات والجهات الفاعلة الأخرى اتخاذها لضمان إدماج "
                "المهاجرين في خطط التعافي وفي الاستجابة للأزمات المقبلة؟"
            ),
        },
    },
    {
        "number": 2,
        "slug": "race-and-ethnicity",
        "title": {
            "en": "Race and Ethnicity in Migration",
            "fr": "Race et appartenance ethnique dans les migrations",
            "es": "Raza y etnia en la migración",
            "ar": "العرق والإثنية في الهجرة",
        },
        "description": {
            "en": (
                "How racism, xenophobia and discrimination based on race, ethnicity, descent or origin "
                "shape migrants' lives, from border control and policing to access to work, housing and "
                "services, and in public discourse and the media. The discussion looks for ways to "
                "eliminate discriminatory laws, policies and practices, to collect disaggregated data "
                "that makes inequalities visible, and to build inclusive and cohesive societies."
            ),
            "fr": (
                "Comment le racisme, la xénophobie et la discrimination fondée sur la race, l'appartenance "
                "ethnique, l'ascendance ou l'origine façonnent la vie des migrants, du contrôle aux "
                "frontières et des pratiques policières à l'accès à l'emploi, au logement et aux "
                "services, ainsi que dans le débat public et les médias. La discussion cherche les moyens "
                "d'éliminer les lois, politiques et pratiques discriminatoires, de collecter des données "
                "ventilées qui rendent les inégalités visibles et de bâtir des sociétés inclusives et "
                "cohésives."
            ),
            "es": (
                "Cómo el racismo, la xenofobia y la discriminación por motivos de raza, etnia, "
                "ascendencia u origen marcan la vida de las personas migrantes, desde el control "
                "fronterizo y las prácticas policiales hasta el acceso al empleo, la vivienda y los "
                "servicios, así como en el discurso público y los medios de comunicación. El debate busca "
                "formas de eliminar las leyes, políticas y prácticas discriminatorias, de recopilar datos "
                "desglosados que hagan visibles las desigualdades y de construir sociedades inclusivas y "
                "cohesionadas."
            ),
            "ar": (
                "كيف تؤثر العنصرية وكراهية الأجانب والتمييز على أساس العرق أو الإثنية أو النسب أو الأصل "
                "في حياة المهاجرين، من مراقبة الحدود والممارسات الشرطية إلى الحصول على العمل والسكن "
                "والخدمات، وفي الخطاب العام ووسائل الإعلام. ويبحث النقاش في سبل إلغاء القوانين والسياسات "
                "والممارسات التمييزية، وجمع بيانات مصنفة تكشف أوجه عدم المساواة، وبناء مجتمعات شاملة "
                "ومتماسكة."
            ),
        },
        "gcm_objectives": [1, 7, 16, 17],
        "sdg_targets": ["10.2", "10.3", "17.18"],
        "guiding_questions": {
            "en": (
                "How do racism, xenophobia and discrimination based on ethnicity or origin affect "
                "migrants in laws, policies, institutions and daily life where you live?\n"
                "Which practices, data or campaigns have helped to counter discrimination and hate speech "
                "against migrants, and what made them work?\n"
                "What should governments, the media, employers and communities do to eliminate "
                "structural racism in migration governance?"
            ),
            "fr": (
                "Comment le racisme, la xénophobie et la discrimination fondée sur l'appartenance ethnique "
                "ou l'origine touchent-ils les migrants dans les lois, les politiques, les institutions et "
                "la vie quotidienne là où vous vivez ?\n"
                "Quelles pratiques, données ou campagnes ont permis de lutter contre la discrimination et "
                "les discours de haine visant les migrants, et qu'est-ce qui a fait leur succès ?\n"
                "Que devraient faire les gouvernements, les médias, les employeurs et les communautés "
                "pour éliminer le racisme structurel dans la gouvernance des migrations ?"
            ),
            "es": (
                "¿Cómo afectan el racismo, la xenofobia y la discriminación por motivos de etnia u origen "
                "a las personas migrantes en las leyes, las políticas, las instituciones y la vida "
                "cotidiana en el lugar donde usted vive?\n"
                "¿Qué prácticas, datos o campañas han ayudado a combatir la discriminación y el discurso "
                "de odio contra los migrantes, y qué los hizo eficaces?\n"
                "¿Qué deberían hacer los gobiernos, los medios de comunicación, los empleadores y las "
                "comunidades para eliminar el racismo estructural en la gobernanza de la migración?"
            ),
            "ar": (
                "كيف تؤثر العنصرية وكراهية الأجانب والتمييز على أساس الإثنية أو الأصل في المهاجرين، في "
                "القوانين والسياسات والمؤسسات والحياة اليومية حيث تعيش؟\n"
                "ما الممارسات أو البيانات أو الحملات التي ساعدت على التصدي للتمييز وخطاب الكراهية ضد "
                "المهاجرين، وما الذي جعلها ناجحة؟\n"
                "ما الذي ينبغي للحكومات ووسائل الإعلام وأصحاب العمل والمجتمعات المحلية القيام به للقضاء "
                "على العنصرية الهيكلية في حوكمة الهجرة؟"
            ),
        },
    },
    {
        "number": 3,
        "slug": "regular-pathways-irregular-migration",
        "title": {
            "en": "Regular Pathways and Irregular Migration",
            "fr": "Voies de migration régulière et migration irrégulière",
            "es": "Vías regulares y migración irregular",
            "ar": "مسارات الهجرة النظامية والهجرة غير النظامية",
        },
        "description": {
            "en": (
                "How the lack of accessible, rights-based regular pathways for work, family reunification, "
                "study and humanitarian reasons pushes people into irregular and dangerous journeys and "
                "into the hands of smugglers, traffickers and abusive recruiters. The discussion covers "
                "expanding regular pathways and making them more flexible, regularisation of migrants in "
                "an irregular situation, fair recruitment and decent work, and the protection of migrants "
                "whatever their status."
            ),
            "fr": (
                "Comment l'absence de voies de migration régulière accessibles et fondées sur les droits, "
                "pour le travail, le regroupement familial, les études ou des motifs humanitaires, pousse "
                "des personnes vers des parcours irréguliers et dangereux et entre les mains de passeurs, "
                "de trafiquants et de recruteurs abusifs. La discussion porte sur l'élargissement et "
                "l'assouplissement des voies régulières, la régularisation des migrants en situation "
                "irrégulière, le recrutement équitable et le travail décent, et la protection des "
                "migrants quel que soit leur statut."
            ),
            "es": (
                "Cómo la falta de vías regulares accesibles y basadas en derechos, para el trabajo, la "
                "reunificación familiar, los estudios o por razones humanitarias, empuja a las personas a "
                "trayectos irregulares y peligrosos y a manos de traficantes, tratantes y reclutadores "
                "abusivos. El debate abarca la ampliación y flexibilización de las vías regulares, la "
                "regularización de los migrantes en situación irregular, la contratación equitativa y el "
                "trabajo decente, y la protección de los migrantes sea cual sea su situación."
            ),
            "ar": (
                "كيف يدفع غياب مسارات هجرة نظامية ميسّرة وقائمة على الحقوق، للعمل أو لمّ شمل الأسرة أو "
                "الدراسة أو لأسباب إنسانية، الناسَ إلى رحلات غير نظامية وخطرة وإلى الوقوع في أيدي "
                "المهرّبين والمتجرين بالبشر ووسطاء التوظيف المسيئين. ويتناول النقاش توسيع المسارات "
                "النظامية وزيادة مرونتها، وتسوية أوضاع المهاجرين غير النظاميين، والتوظيف المنصف والعمل "
                "اللائق، وحماية المهاجرين أيًّا كان وضعهم."
            ),
        },
        "gcm_objectives": [3, 4, 5, 6, 7, 9, 10, 18],
        "sdg_targets": ["8.7", "8.8", "10.7", "16.9"],
        "guiding_questions": {
            "en": (
                "What barriers keep migrants from using regular pathways, and how does irregular status "
                "affect their rights and safety?\n"
                "Which regular pathways and regularisation programmes should be created or expanded, and "
                "for whom?\n"
                "How can fair recruitment, decent work and protection against exploitation be guaranteed "
                "for all migrant workers, regardless of status?"
            ),
            "fr": (
                "Quels obstacles empêchent les migrants d'emprunter les voies de migration régulière, et "
                "quelles sont les conséquences d'une situation irrégulière sur leurs droits et leur "
                "sécurité ?\n"
                "Quelles voies de migration régulière et quels programmes de régularisation faudrait-il "
                "créer ou élargir, et pour qui ?\n"
                "Comment garantir à tous les travailleurs migrants, quel que soit leur statut, un "
                "recrutement équitable, un travail décent et une protection contre l'exploitation ?"
            ),
            "es": (
                "¿Qué obstáculos impiden a los migrantes utilizar las vías regulares, y cómo afecta la "
                "situación irregular a sus derechos y su seguridad?\n"
                "¿Qué vías regulares y programas de regularización deberían crearse o ampliarse, y para "
                "quién?\n"
                "¿Cómo se puede garantizar la contratación equitativa, el trabajo decente y la protección "
                "contra la explotación a todos los trabajadores migrantes, independientemente de su "
                "situación?"
            ),
            "ar": (
                "ما العوائق التي تحول دون استخدام المهاجرين لمسارات الهجرة النظامية، وكيف يؤثر الوضع غير "
                "النظامي على حقوقهم وسلامتهم؟\n"
                "ما مسارات الهجرة النظامية وبرامج تسوية الأوضاع التي ينبغي إنشاؤها أو توسيعها، ولصالح من؟\n"
                "كيف يمكن ضمان التوظيف المنصف والعمل اللائق والحماية من الاستغلال لجميع العمال المهاجرين، "
                "بصرف النظر عن وضعهم؟"
            ),
        },
    },
    {
        "number": 4,
        "slug": "detention-and-return",
        "title": {
            "en": "Detention and Return",
            "fr": "Rétention et retour",
            "es": "Detención y retorno",
            "ar": "الاحتجاز والعودة",
        },
        "description": {
            "en": (
                "How immigration detention, including the detention of children, and deportations and "
                "forced returns affect the rights, health and dignity of migrants and their families, and "
                "why detention should be used only as a measure of last resort. The discussion covers "
                "community-based alternatives to detention, due process and access to justice, consular "
                "protection, and safe and dignified return followed by sustainable reintegration."
            ),
            "fr": (
                "Comment la rétention administrative des migrants, y compris des enfants, ainsi que les "
                "expulsions et les retours forcés portent atteinte aux droits, à la santé et à la dignité "
                "des migrants et de leurs familles, et pourquoi la rétention ne devrait être utilisée "
                "qu'en dernier ressort. La discussion porte sur les solutions de rechange à la rétention "
                "fondées sur la communauté, les garanties d'une procédure régulière et l'accès à la "
                "justice, la protection consulaire, et le retour dans la sécurité et la dignité suivi "
                "d'une réintégration durable."
            ),
            "es": (
                "Cómo la detención de migrantes, incluida la de niños y niñas, así como las deportaciones "
                "y los retornos forzosos afectan a los derechos, la salud y la dignidad de los migrantes "
                "y sus familias, y por qué la detención solo debería utilizarse como último recurso. El "
                "debate abarca las alternativas a la detención basadas en la comunidad, las garantías "
                "procesales y el acceso a la justicia, la protección consular, y el retorno seguro y "
                "digno seguido de una reintegración sostenible."
            ),
            "ar": (
                "كيف يمسّ احتجاز المهاجرين، بمن فيهم الأطفال، وعمليات الترحيل والإعادة القسرية بحقوق "
                "المهاجرين وأسرهم وصحتهم وكرامتهم، ولماذا لا ينبغي اللجوء إلى الاحتجاز إلا كملاذ أخير. "
                "ويتناول النقاش بدائل الاحتجاز القائمة على المجتمع المحلي، والإجراءات القانونية الواجبة "
                "والوصول إلى العدالة، والحماية القنصلية، والعودة الآمنة والكريمة التي تعقبها إعادة إدماج "
                "مستدامة."
            ),
        },
        "gcm_objectives": [7, 8, 11, 12, 13, 14, 21],
        "sdg_targets": ["10.7", "16.2", "16.9"],
        "guiding_questions": {
            "en": (
                "What are the conditions and practices of immigration detention and return in your "
                "country or region, and how do they affect migrants and their families?\n"
                "Which non-custodial, community-based alternatives to detention work, and how can the "
                "detention of children be ended?\n"
                "What safeguards are needed so that any return is safe and dignified and is followed by "
                "sustainable reintegration?"
            ),
            "fr": (
                "Quelles sont les conditions et les pratiques de rétention et de retour des migrants dans "
                "votre pays ou votre région, et quelles en sont les conséquences pour les migrants et "
                "leurs familles ?\n"
                "Quelles solutions de rechange à la rétention, non privatives de liberté et fondées sur la "
                "communauté, fonctionnent, et comment mettre fin à la rétention des enfants ?\n"
                "Quelles garanties sont nécessaires pour que tout retour se fasse dans la sécurité et la "
                "dignité et soit suivi d'une réintégration durable ?"
            ),
            "es": (
                "¿Cuáles son las condiciones y prácticas de detención y retorno de migrantes en su país o "
                "región, y cómo afectan a los migrantes y sus familias?\n"
                "¿Qué alternativas a la detención, no privativas de libertad y basadas en la comunidad, "
                "funcionan, y cómo se puede poner fin a la detención de niños y niñas?\n"
                "¿Qué salvaguardias se necesitan para que todo retorno sea seguro y digno y vaya seguido "
                "de una reintegración sostenible?"
            ),
            "ar": (
                "ما ظروف احتجاز المهاجرين وإعادتهم وممارساتهما في بلدك أو منطقتك، وكيف تؤثر على المهاجرين "
                "وأسرهم؟\n"
                "ما بدائل الاحتجاز غير السالبة للحرية والقائمة على المجتمع المحلي التي أثبتت نجاحها، وكيف "
                "يمكن إنهاء احتجاز الأطفال؟\n"
                "ما الضمانات اللازمة لكي تكون أي عودة آمنة وكريمة وتعقبها إعادة إدماج مستدامة؟"
            ),
        },
    },
    {
        "number": 5,
        "slug": "climate-change",
        "title": {
            "en": "Climate Change and Migration",
            "fr": "Changements climatiques et migrations",
            "es": "Cambio climático y migración",
            "ar": "تغير المناخ والهجرة",
        },
        "description": {
            "en": (
                "How climate change, environmental degradation and disasters, both sudden-onset events "
                "such as floods and storms and slow-onset ones such as drought and sea-level rise, drive "
                "displacement and migration and affect migrants and the communities they leave and join. "
                "The discussion covers adaptation and resilience in places of origin, protection and "
                "regular pathways for people who move in the context of climate change, and migrants' "
                "contribution to climate action."
            ),
            "fr": (
                "Comment les changements climatiques, la dégradation de l'environnement et les "
                "catastrophes, qu'il s'agisse d'événements soudains comme les inondations et les tempêtes "
                "ou de phénomènes à évolution lente comme la sécheresse et l'élévation du niveau de la "
                "mer, provoquent des déplacements et des migrations et touchent les migrants ainsi que "
                "les communautés qu'ils quittent et rejoignent. La discussion porte sur l'adaptation et "
                "la résilience dans les lieux d'origine, la protection et les voies de migration "
                "régulière pour les personnes qui se déplacent en raison des changements climatiques, et "
                "la contribution des migrants à l'action climatique."
            ),
            "es": (
                "Cómo el cambio climático, la degradación ambiental y los desastres, tanto los fenómenos "
                "repentinos, como las inundaciones y las tormentas, como los de evolución lenta, como la "
                "sequía y el aumento del nivel del mar, provocan desplazamientos y migraciones y afectan "
                "a los migrantes y a las comunidades que dejan y a las que llegan. El debate abarca la "
                "adaptación y la resiliencia en los lugares de origen, la protección y las vías regulares "
                "para las personas que se desplazan en el contexto del cambio climático, y la "
                "contribución de los migrantes a la acción climática."
            ),
            "ar": (
                "كيف يؤدي تغير المناخ وتدهور البيئة والكوارث، سواء الظواهر المفاجئة كالفيضانات والعواصف "
                "أو البطيئة الظهور كالجفاف وارتفاع مستوى سطح البحر، إلى النزوح والهجرة، وكيف تؤثر على "
                "المهاجرين وعلى المجتمعات التي يغادرونها والتي ينضمون إليها. ويتناول النقاش التكيف "
                "والقدرة على الصمود في أماكن المنشأ، والحماية ومسارات الهجرة النظامية للأشخاص الذين "
                "يتنقلون في سياق تغير المناخ، ومساهمة المهاجرين في العمل المناخي."
            ),
        },
        "gcm_objectives": [1, 2, 5, 7, 19, 23],
        "sdg_targets": ["1.3", "10.7", "13.1"],
        "guiding_questions": {
            "en": (
                "How are climate change, environmental degradation and disasters driving people to move "
                "in your country or region, and who is most affected?\n"
                "What protection, legal status and regular pathways should people who move because of "
                "climate change have?\n"
                "How can adaptation, resilience and climate-action plans include migrants, displaced "
                "people and affected communities?"
            ),
            "fr": (
                "Comment les changements climatiques, la dégradation de l'environnement et les "
                "catastrophes poussent-ils des personnes à se déplacer dans votre pays ou votre région, "
                "et qui est le plus touché ?\n"
                "De quelle protection, de quel statut juridique et de quelles voies de migration "
                "régulière les personnes qui se déplacent en raison des changements climatiques "
                "devraient-elles bénéficier ?\n"
                "Comment les plans d'adaptation, de résilience et d'action climatique peuvent-ils inclure "
                "les migrants, les personnes déplacées et les communautés touchées ?"
            ),
            "es": (
                "¿Cómo están provocando el cambio climático, la degradación ambiental y los desastres "
                "que las personas se desplacen en su país o región, y quiénes son los más afectados?\n"
                "¿Qué protección, qué estatus jurídico y qué vías regulares deberían tener las personas "
                "que se desplazan a causa del cambio climático?\n"
                "¿Cómo pueden los planes de adaptación, resiliencia y acción climática incluir a los "
                "migrantes, las personas desplazadas y las comunidades afectadas?"
            ),
            "ar": (
                "كيف يدفع تغير المناخ وتدهور البيئة والكوارث الناسَ إلى التنقل في بلدك أو منطقتك، ومن هم "
                "الأكثر تضررًا؟\n"
                "ما الحماية والوضع القانوني ومسارات الهجرة النظامية التي ينبغي أن تتاح للأشخاص الذين "
                "يتنقلون بسبب تغير المناخ؟\n"
                "كيف يمكن لخطط التكيف والقدرة على الصمود والعمل المناخي أن تشمل المهاجرين والنازحين "
                "والمجتمعات المتضررة؟"
            ),
        },
    },
]

# ---------------------------------------------------------------------------
# The 23 objectives of the Global Compact (A/RES/73/195)
# ---------------------------------------------------------------------------

GCM_OBJECTIVES = [
    {
        "number": 1,
        "short_label": {"en": "Data", "fr": "Données", "es": "Datos", "ar": "البيانات"},
        "title": {
            "en": "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
            "fr": "Collecter et utiliser des données précises et ventilées qui serviront à l'élaboration de politiques fondées sur la connaissance des faits",
            "es": "Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica",
            "ar": "جمع واستخدام بيانات دقيقة ومصنفة كأساس لسياسات قائمة على الأدلة",
        },
    },
    {
        "number": 2,
        "short_label": {
            "en": "Minimize adverse drivers",
            "fr": "Réduire les facteurs négatifs",
            "es": "Minimizar los factores adversos",
            "ar": "التقليل من العوامل السلبية",
        },
        "title": {
            "en": "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
            "fr": "Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d'origine",
            "es": "Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen",
            "ar": "التقليل إلى أدنى حد من العوامل السلبية والعناصر الهيكلية التي تجبر الناس على مغادرة بلدهم الأصلي",
        },
    },
    {
        "number": 3,
        "short_label": {
            "en": "Information provision",
            "fr": "Fourniture d'informations",
            "es": "Suministro de información",
            "ar": "توفير المعلومات",
        },
        "title": {
            "en": "Provide accurate and timely information at all stages of migration",
            "fr": "Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration",
            "es": "Proporcionar información exacta y oportuna en todas las etapas de la migración",
            "ar": "توفير معلومات دقيقة وفي الوقت المناسب في جميع مراحل الهجرة",
        },
    },
    {
        "number": 4,
        "short_label": {
            "en": "Legal identity and documentation",
            "fr": "Identité légale et papiers",
            "es": "Identidad jurídica y documentación",
            "ar": "الهوية القانونية والوثائق",
        },
        "title": {
            "en": "Ensure that all migrants have proof of legal identity and adequate documentation",
            "fr": "Munir tous les migrants d'une preuve d'identité légale et de papiers adéquats",
            "es": "Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada",
            "ar": "كفالة حصول جميع المهاجرين على ما يثبت هويتهم القانونية وعلى الوثائق الملائمة",
        },
    },
    {
        "number": 5,
        "short_label": {
            "en": "Regular pathways",
            "fr": "Filières de migration régulière",
            "es": "Vías de migración regular",
            "ar": "مسارات الهجرة النظامية",
        },
        "title": {
            "en": "Enhance availability and flexibility of pathways for regular migration",
            "fr": "Faire en sorte que les filières de migration régulière soient accessibles et plus souples",
            "es": "Aumentar la disponibilidad y flexibilidad de las vías de migración regular",
            "ar": "تعزيز توافر مسارات الهجرة النظامية ومرونتها",
        },
    },
    {
        "number": 6,
        "short_label": {
            "en": "Recruitment and decent work",
            "fr": "Recrutement et travail décent",
            "es": "Contratación y trabajo decente",
            "ar": "التوظيف والعمل اللائق",
        },
        "title": {
            "en": "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
            "fr": "Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d'un travail décent",
            "es": "Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente",
            "ar": "تيسير التوظيف المنصف والأخلاقي وضمان الظروف الكفيلة بتوفير العمل اللائق",
        },
    },
    {
        "number": 7,
        "short_label": {
            "en": "Reduce vulnerabilities",
            "fr": "Réduire les vulnérabilités",
            "es": "Reducir las vulnerabilidades",
            "ar": "الحد من أوجه الضعف",
        },
        "title": {
            "en": "Address and reduce vulnerabilities in migration",
            "fr": "S'attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire",
            "es": "Abordar y reducir las vulnerabilidades en la migración",
            "ar": "معالجة أوجه الضعف في الهجرة والحد منها",
        },
    },
    {
        "number": 8,
        "short_label": {"en": "Save lives", "fr": "Sauver des vies", "es": "Salvar vidas", "ar": "إنقاذ الأرواح"},
        "title": {
            "en": "Save lives and establish coordinated international efforts on missing migrants",
            "fr": "Sauver des vies et mettre en place des initiatives internationales coordonnées sur les migrants disparus",
            "es": "Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos",
            "ar": "إنقاذ الأرواح وتنسيق الجهود الدولية بشأن المهاجرين المفقودين",
        },
    },
    {
        "number": 9,
        "short_label": {
            "en": "Counter smuggling",
            "fr": "Lutter contre le trafic de migrants",
            "es": "Combatir el tráfico ilícito de migrantes",
            "ar": "مكافحة تهريب المهاجرين",
        },
        "title": {
            "en": "Strengthen the transnational response to smuggling of migrants",
            "fr": "Renforcer l'action transnationale face au trafic de migrants",
            "es": "Reforzar la respuesta transnacional al tráfico ilícito de migrantes",
            "ar": "تعزيز التصدي عبر الوطني لتهريب المهاجرين",
        },
    },
    {
        "number": 10,
        "short_label": {
            "en": "Eradicate trafficking",
            "fr": "Éliminer la traite",
            "es": "Erradicar la trata",
            "ar": "القضاء على الاتجار بالأشخاص",
        },
        "title": {
            "en": "Prevent, combat and eradicate trafficking in persons in the context of international migration",
            "fr": "Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales",
            "es": "Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional",
            "ar": "منع الاتجار بالأشخاص ومكافحته والقضاء عليه في سياق الهجرة الدولية",
        },
    },
    {
        "number": 11,
        "short_label": {
            "en": "Manage borders",
            "fr": "Gestion des frontières",
            "es": "Gestionar las fronteras",
            "ar": "إدارة الحدود",
        },
        "title": {
            "en": "Manage borders in an integrated, secure and coordinated manner",
            "fr": "Gérer les frontières de manière intégrée, sûre et coordonnée",
            "es": "Gestionar las fronteras de manera integrada, segura y coordinada",
            "ar": "إدارة الحدود بطريقة متكاملة وآمنة ومنسقة",
        },
    },
    {
        "number": 12,
        "short_label": {
            "en": "Screening and referral",
            "fr": "Contrôle et orientation",
            "es": "Verificación y derivación",
            "ar": "الفرز والإحالة",
        },
        "title": {
            "en": "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
            "fr": "Renforcer la sécurité juridique et la prévisibilité des procédures migratoires pour garantir des contrôles, des évaluations et une orientation appropriés",
            "es": "Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación",
            "ar": "تعزيز اليقين وإمكانية التنبؤ في إجراءات الهجرة لضمان الفرز والتقييم والإحالة على النحو المناسب",
        },
    },
    {
        "number": 13,
        "short_label": {
            "en": "Alternatives to detention",
            "fr": "Solutions de rechange à la rétention",
            "es": "Alternativas a la detención",
            "ar": "بدائل الاحتجاز",
        },
        "title": {
            "en": "Use migration detention only as a measure of last resort and work towards alternatives",
            "fr": "Ne recourir au placement en rétention administrative des migrants qu'en dernier ressort et chercher des solutions de rechange",
            "es": "Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas",
            "ar": "عدم اللجوء إلى احتجاز المهاجرين إلا كملاذ أخير والعمل على إيجاد بدائل له",
        },
    },
    {
        "number": 14,
        "short_label": {
            "en": "Consular protection",
            "fr": "Protection consulaire",
            "es": "Protección consular",
            "ar": "الحماية القنصلية",
        },
        "title": {
            "en": "Enhance consular protection, assistance and cooperation throughout the migration cycle",
            "fr": "Renforcer la protection, l'assistance et la coopération consulaires tout au long du cycle migratoire",
            "es": "Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio",
            "ar": "تعزيز الحماية والمساعدة والتعاون على الصعيد القنصلي طوال دورة الهجرة",
        },
    },
    {
        "number": 15,
        "short_label": {
            "en": "Access to basic services",
            "fr": "Accès aux services de base",
            "es": "Acceso a servicios básicos",
            "ar": "الحصول على الخدمات الأساسية",
        },
        "title": {
            "en": "Provide access to basic services for migrants",
            "fr": "Assurer l'accès des migrants aux services de base",
            "es": "Proporcionar a los migrantes acceso a servicios básicos",
            "ar": "توفير إمكانية حصول المهاجرين على الخدمات الأساسية",
        },
    },
    {
        "number": 16,
        "short_label": {
            "en": "Inclusion and social cohesion",
            "fr": "Intégration et cohésion sociale",
            "es": "Inclusión y cohesión social",
            "ar": "الإدماج والتماسك الاجتماعي",
        },
        "title": {
            "en": "Empower migrants and societies to realize full inclusion and social cohesion",
            "fr": "Donner aux migrants et aux sociétés les moyens de réaliser la pleine intégration et la cohésion sociale",
            "es": "Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social",
            "ar": "تمكين المهاجرين والمجتمعات من تحقيق الإدماج الكامل والتماسك الاجتماعي",
        },
    },
    {
        "number": 17,
        "short_label": {
            "en": "Eliminate discrimination",
            "fr": "Éliminer la discrimination",
            "es": "Eliminar la discriminación",
            "ar": "القضاء على التمييز",
        },
        "title": {
            "en": "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
            "fr": "Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l'analyse des faits afin de faire évoluer la manière dont les migrations sont perçues",
            "es": "Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración",
            "ar": "القضاء على جميع أشكال التمييز وتشجيع الخطاب العام المستند إلى الأدلة من أجل تشكيل التصورات عن الهجرة",
        },
    },
    {
        "number": 18,
        "short_label": {
            "en": "Skills development and recognition",
            "fr": "Développement et reconnaissance des compétences",
            "es": "Desarrollo y reconocimiento de aptitudes",
            "ar": "تنمية المهارات والاعتراف بها",
        },
        "title": {
            "en": "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
            "fr": "Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences",
            "es": "Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias",
            "ar": "الاستثمار في تنمية المهارات وتيسير الاعتراف المتبادل بالمهارات والمؤهلات والكفاءات",
        },
    },
    {
        "number": 19,
        "short_label": {
            "en": "Migrant and diaspora contributions",
            "fr": "Contributions des migrants et des diasporas",
            "es": "Contribuciones de los migrantes y las diásporas",
            "ar": "مساهمات المهاجرين والمغتربين",
        },
        "title": {
            "en": "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
            "fr": "Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays",
            "es": "Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países",
            "ar": "تهيئة الظروف التي تمكّن المهاجرين والمغتربين من المساهمة الكاملة في التنمية المستدامة في جميع البلدان",
        },
    },
    {
        "number": 20,
        "short_label": {"en": "Remittances", "fr": "Envois de fonds", "es": "Remesas", "ar": "التحويلات المالية"},
        "title": {
            "en": "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
            "fr": "Promouvoir des transferts de fonds plus rapides, plus sûrs et moins coûteux et favoriser l'inclusion financière des migrants",
            "es": "Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes",
            "ar": "تعزيز تحويل التحويلات المالية بطريقة أسرع وأكثر أمانا وأقل تكلفة وتيسير الشمول المالي للمهاجرين",
        },
    },
    {
        "number": 21,
        "short_label": {
            "en": "Dignified return and reintegration",
            "fr": "Retour dans la dignité et réintégration",
            "es": "Retorno digno y reintegración",
            "ar": "العودة الكريمة وإعادة الإدماج",
        },
        "title": {
            "en": "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
            "fr": "Coopérer en vue de faciliter le retour et la réadmission des migrants dans des conditions de sûreté et de dignité, ainsi que leur réintégration durable",
            "es": "Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible",
            "ar": "التعاون في تيسير العودة وإعادة القبول بشكل آمن وكريم، فضلا عن إعادة الإدماج المستدامة",
        },
    },
    {
        "number": 22,
        "short_label": {
            "en": "Social protection",
            "fr": "Protection sociale",
            "es": "Protección social",
            "ar": "الحماية الاجتماعية",
        },
        "title": {
            "en": "Establish mechanisms for the portability of social security entitlements and earned benefits",
            "fr": "Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis",
            "es": "Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas",
            "ar": "إنشاء آليات لنقل استحقاقات الضمان الاجتماعي والاستحقاقات المكتسبة",
        },
    },
    {
        "number": 23,
        "short_label": {
            "en": "International cooperation",
            "fr": "Coopération internationale",
            "es": "Cooperación internacional",
            "ar": "التعاون الدولي",
        },
        "title": {
            "en": "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
            "fr": "Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières",
            "es": "Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular",
            "ar": "تعزيز التعاون الدولي والشراكات العالمية من أجل الهجرة الآمنة والمنظمة والنظامية",
        },
    },
]

# ---------------------------------------------------------------------------
# The ten guiding principles of the Global Compact (para. 15)
# ---------------------------------------------------------------------------

GUIDING_PRINCIPLES = [
    {
        "number": 1,
        "slug": "people-centred",
        "title": {
            "en": "People-centred",
            "fr": "Priorité à la personne humaine",
            "es": "Centrarse en las personas",
            "ar": "التركيز على الإنسان",
        },
        "description": {
            "en": "The Global Compact promotes the well-being of migrants and the members of communities in countries of origin, transit and destination, and places individuals at its core.",
            "fr": "Le Pacte mondial promeut le bien-être des migrants et des membres des communautés dans les pays d'origine, de transit et de destination, et place la personne humaine en son centre.",
            "es": "El Pacto Mundial promueve el bienestar de los migrantes y los miembros de las comunidades en los países de origen, tránsito y destino, y sitúa a las personas en su centro.",
            "ar": "يعزز الاتفاق العالمي رفاه المهاجرين وأفراد المجتمعات المحلية في بلدان المنشأ والعبور والمقصد، ويضع الأفراد في صميمه.",
        },
    },
    {
        "number": 2,
        "slug": "international-cooperation",
        "title": {
            "en": "International cooperation",
            "fr": "Coopération internationale",
            "es": "Cooperación internacional",
            "ar": "التعاون الدولي",
        },
        "description": {
            "en": "The Global Compact is a non-legally binding cooperative framework that recognizes that no State can address migration on its own due to the inherently transnational nature of the phenomenon.",
            "fr": "Le Pacte mondial est un cadre de coopération juridiquement non contraignant qui reconnaît qu'aucun État ne peut régler seul la question des migrations, en raison du caractère intrinsèquement transnational du phénomène.",
            "es": "El Pacto Mundial es un marco de cooperación jurídicamente no vinculante que reconoce que ningún Estado puede abordar la migración en solitario debido a la naturaleza intrínsecamente transnacional de este fenómeno.",
            "ar": "الاتفاق العالمي إطار تعاوني غير ملزم قانونا يقر بأنه لا يمكن لأي دولة أن تعالج مسألة الهجرة بمفردها بسبب الطابع عبر الوطني المتأصل في هذه الظاهرة.",
        },
    },
    {
        "number": 3,
        "slug": "national-sovereignty",
        "title": {
            "en": "National sovereignty",
            "fr": "Souveraineté nationale",
            "es": "Soberanía nacional",
            "ar": "السيادة الوطنية",
        },
        "description": {
            "en": "The Global Compact reaffirms the sovereign right of States to determine their national migration policy and their prerogative to govern migration within their jurisdiction, in conformity with international law.",
            "fr": "Le Pacte mondial réaffirme le droit souverain des États de définir leurs politiques migratoires nationales et leur prérogative de gérer les migrations relevant de leur compétence, dans le respect du droit international.",
            "es": "El Pacto Mundial reafirma el derecho soberano de los Estados a determinar su política migratoria nacional y su prerrogativa de regular la migración dentro de su jurisdicción, de conformidad con el derecho internacional.",
            "ar": "يعيد الاتفاق العالمي تأكيد الحق السيادي للدول في تحديد سياساتها الوطنية المتعلقة بالهجرة وصلاحيتها في إدارة الهجرة داخل نطاق ولايتها القضائية، وفقا للقانون الدولي.",
        },
    },
    {
        "number": 4,
        "slug": "rule-of-law-and-due-process",
        "title": {
            "en": "Rule of law and due process",
            "fr": "État de droit et garanties d'une procédure régulière",
            "es": "Estado de derecho y garantías procesales",
            "ar": "سيادة القانون والإجراءات القانونية الواجبة",
        },
        "description": {
            "en": "The Global Compact recognizes that respect for the rule of law, due process and access to justice are fundamental to all aspects of migration governance.",
            "fr": "Le Pacte mondial reconnaît que le respect de l'état de droit, les garanties d'une procédure régulière et l'accès à la justice sont fondamentaux pour tous les aspects de la gouvernance des migrations.",
            "es": "El Pacto Mundial reconoce que el respeto del estado de derecho, las garantías procesales y el acceso a la justicia son fundamentales para todos los aspectos de la gobernanza de la migración.",
            "ar": "يسلّم الاتفاق العالمي بأن احترام سيادة القانون والإجراءات القانونية الواجبة وإمكانية اللجوء إلى القضاء أمور أساسية لجميع جوانب حوكمة الهجرة.",
        },
    },
    {
        "number": 5,
        "slug": "sustainable-development",
        "title": {
            "en": "Sustainable development",
            "fr": "Développement durable",
            "es": "Desarrollo sostenible",
            "ar": "التنمية المستدامة",
        },
        "description": {
            "en": "The Global Compact is rooted in the 2030 Agenda for Sustainable Development and builds upon its recognition that migration is a multidimensional reality of major relevance for the sustainable development of countries of origin, transit and destination.",
            "fr": "Le Pacte mondial est ancré dans le Programme de développement durable à l'horizon 2030 et s'appuie sur la reconnaissance, dans ce programme, du fait que les migrations sont une réalité pluridimensionnelle qui revêt une importance majeure pour le développement durable des pays d'origine, de transit et de destination.",
            "es": "El Pacto Mundial se basa en la Agenda 2030 para el Desarrollo Sostenible y en su reconocimiento de que la migración es una realidad pluridimensional de gran importancia para el desarrollo sostenible de los países de origen, tránsito y destino.",
            "ar": "يستند الاتفاق العالمي إلى خطة التنمية المستدامة لعام 2030 ويبني على إقرارها بأن الهجرة واقع متعدد الأبعاد ذو أهمية كبرى للتنمية المستدامة في بلدان المنشأ والعبور والمقصد.",
        },
    },
    {
        "number": 6,
        "slug": "human-rights",
        "title": {
            "en": "Human rights",
            "fr": "Droits de l'homme",
            "es": "Derechos humanos",
            "ar": "حقوق الإنسان",
        },
        "description": {
            "en": "The Global Compact is based on international human rights law and upholds the principles of non-regression and non-discrimination.",
            "fr": "Le Pacte mondial repose sur le droit international des droits de l'homme et défend les principes de non-régression et de non-discrimination.",
            "es": "El Pacto Mundial se basa en el derecho internacional de los derechos humanos y defiende los principios de no regresión y no discriminación.",
            "ar": "يستند الاتفاق العالمي إلى القانون الدولي لحقوق الإنسان ويتمسك بمبدأي عدم التراجع وعدم التمييز.",
        },
    },
    {
        "number": 7,
        "slug": "gender-responsive",
        "title": {
            "en": "Gender-responsive",
            "fr": "Prise en compte de la problématique femmes-hommes",
            "es": "Perspectiva de género",
            "ar": "مراعاة المنظور الجنساني",
        },
        "description": {
            "en": "The Global Compact ensures that the human rights of women, men, girls and boys are respected at all stages of migration, their specific needs are properly understood and addressed and they are empowered as agents of change.",
            "fr": "Le Pacte mondial veille à ce que les droits humains des femmes, des hommes, des filles et des garçons soient respectés à toutes les étapes de la migration, que leurs besoins particuliers soient bien compris et pris en compte et qu'ils aient les moyens d'agir en tant qu'acteurs du changement.",
            "es": "El Pacto Mundial garantiza que se respeten los derechos humanos de las mujeres, los hombres, las niñas y los niños en todas las etapas de la migración, que se comprendan y atiendan adecuadamente sus necesidades específicas y que se los empodere como agentes de cambio.",
            "ar": "يكفل الاتفاق العالمي احترام حقوق الإنسان للنساء والرجال والفتيات والفتيان في جميع مراحل الهجرة، وفهم احتياجاتهم الخاصة وتلبيتها على النحو السليم، وتمكينهم بوصفهم عناصر فاعلة في التغيير.",
        },
    },
    {
        "number": 8,
        "slug": "child-sensitive",
        "title": {
            "en": "Child-sensitive",
            "fr": "Prise en compte de la situation des enfants",
            "es": "Perspectiva infantil",
            "ar": "مراعاة مصالح الطفل",
        },
        "description": {
            "en": "The Global Compact promotes existing international legal obligations in relation to the rights of the child, and upholds the principle of the best interests of the child at all times, as a primary consideration in all situations concerning children in the context of international migration, including unaccompanied and separated children.",
            "fr": "Le Pacte mondial promeut les obligations juridiques internationales existantes relatives aux droits de l'enfant et défend en toutes circonstances le principe de l'intérêt supérieur de l'enfant, considération primordiale dans toutes les situations concernant des enfants dans le contexte des migrations internationales, y compris les enfants non accompagnés et séparés de leur famille.",
            "es": "El Pacto Mundial promueve las obligaciones jurídicas internacionales vigentes en relación con los derechos del niño y defiende en todo momento el principio del interés superior del niño como consideración primordial en todas las situaciones que afecten a niños en el contexto de la migración internacional, incluidos los niños no acompañados y separados de sus familias.",
            "ar": "يعزز الاتفاق العالمي الالتزامات القانونية الدولية القائمة فيما يتعلق بحقوق الطفل، ويتمسك في جميع الأوقات بمبدأ مصالح الطفل الفضلى باعتبارها اعتبارا رئيسيا في جميع الحالات المتعلقة بالأطفال في سياق الهجرة الدولية، بمن فيهم الأطفال غير المصحوبين والمنفصلون عن ذويهم.",
        },
    },
    {
        "number": 9,
        "slug": "whole-of-government-approach",
        "title": {
            "en": "Whole-of-government approach",
            "fr": "Approche mobilisant l'ensemble des pouvoirs publics",
            "es": "Enfoque pangubernamental",
            "ar": "النهج الحكومي الشامل",
        },
        "description": {
            "en": "The Global Compact considers that migration is a multidimensional reality that cannot be addressed by one government policy sector alone.",
            "fr": "Le Pacte mondial considère que les migrations sont une réalité pluridimensionnelle qui ne peut être traitée par un seul secteur de l'action publique.",
            "es": "El Pacto Mundial considera que la migración es una realidad pluridimensional que no puede abordarse desde un único sector de las políticas gubernamentales.",
            "ar": "يرى الاتفاق العالمي أن الهجرة واقع متعدد الأبعاد لا يمكن أن يعالجه قطاع واحد من قطاعات السياسة الحكومية بمفرده.",
        },
    },
    {
        "number": 10,
        "slug": "whole-of-society-approach",
        "title": {
            "en": "Whole-of-society approach",
            "fr": "Approche mobilisant l'ensemble de la société",
            "es": "Enfoque pansocial",
            "ar": "النهج المجتمعي الشامل",
        },
        "description": {
            "en": "The Global Compact promotes broad multi-stakeholder partnerships to address migration in all its dimensions by including migrants, diasporas, local communities, civil society, academia, the private sector, parliamentarians, trade unions, national human rights institutions, the media and other relevant stakeholders in migration governance.",
            "fr": "Le Pacte mondial promeut de larges partenariats multipartites pour traiter la question des migrations sous tous ses aspects, en associant à la gouvernance des migrations les migrants, les diasporas, les communautés locales, la société civile, les milieux universitaires, le secteur privé, les parlementaires, les syndicats, les institutions nationales des droits de l'homme, les médias et les autres parties prenantes concernées.",
            "es": "El Pacto Mundial promueve amplias alianzas entre múltiples interesados para abordar la migración en todas sus dimensiones, incluyendo en la gobernanza de la migración a los migrantes, las diásporas, las comunidades locales, la sociedad civil, el mundo académico, el sector privado, los parlamentarios, los sindicatos, las instituciones nacionales de derechos humanos, los medios de comunicación y otros interesados pertinentes.",
            "ar": "يعزز الاتفاق العالمي إقامة شراكات واسعة بين أصحاب المصلحة المتعددين لمعالجة الهجرة بجميع أبعادها، من خلال إشراك المهاجرين والمغتربين والمجتمعات المحلية والمجتمع المدني والأوساط الأكاديمية والقطاع الخاص والبرلمانيين والنقابات العمالية والمؤسسات الوطنية لحقوق الإنسان ووسائط الإعلام وغيرهم من أصحاب المصلحة المعنيين في حوكمة الهجرة.",
        },
    },
]

# ---------------------------------------------------------------------------
# SDG targets most often linked to migration (A/RES/70/1), full target text
# ---------------------------------------------------------------------------

SDG_TARGETS = [
    {
        "code": "1.3",
        "goal": 1,
        "title": {
            "en": "Implement nationally appropriate social protection systems and measures for all, including floors, and by 2030 achieve substantial coverage of the poor and the vulnerable",
            "fr": "Mettre en place des systèmes et mesures de protection sociale pour tous, adaptés au contexte national, y compris des socles de protection sociale, et faire en sorte que, d'ici à 2030, une part importante des pauvres et des personnes vulnérables en bénéficient",
            "es": "Implementar a nivel nacional sistemas y medidas apropiados de protección social para todos, incluidos niveles mínimos, y, de aquí a 2030, lograr una amplia cobertura de las personas pobres y vulnerables",
            "ar": "استحداث نظم وتدابير حماية اجتماعية ملائمة على الصعيد الوطني للجميع ووضع حدود دنيا لها، وتحقيق تغطية واسعة للفقراء والضعفاء بحلول عام 2030",
        },
    },
    {
        "code": "3.8",
        "goal": 3,
        "title": {
            "en": "Achieve universal health coverage, including financial risk protection, access to quality essential health-care services and access to safe, effective, quality and affordable essential medicines and vaccines for all",
            "fr": "Faire en sorte que chacun bénéficie d'une couverture sanitaire universelle, comprenant une protection contre les risques financiers et donnant accès à des services de santé essentiels de qualité et à des médicaments et vaccins essentiels sûrs, efficaces, de qualité et d'un coût abordable",
            "es": "Lograr la cobertura sanitaria universal, incluida la protección contra los riesgos financieros, el acceso a servicios de salud esenciales de calidad y el acceso a medicamentos y vacunas inocuos, eficaces, asequibles y de calidad para todos",
            "ar": "تحقيق التغطية الصحية الشاملة، بما في ذلك الحماية من المخاطر المالية، وإمكانية الحصول على خدمات الرعاية الصحية الأساسية الجيدة وإمكانية حصول الجميع على الأدوية واللقاحات الأساسية المأمونة والجيدة والفعالة والميسورة التكلفة",
        },
    },
    {
        "code": "4.b",
        "goal": 4,
        "title": {
            "en": "By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries",
            "fr": "D'ici à 2020, augmenter considérablement à l'échelle mondiale le nombre de bourses d'études offertes aux pays en développement, en particulier aux pays les moins avancés, aux petits États insulaires en développement et aux pays d'Afrique, pour financer le suivi d'études supérieures, y compris la formation professionnelle, les cursus informatiques, techniques et scientifiques et les études d'ingénieur, dans des pays développés et d'autres pays en développement",
            "es": "De aquí a 2020, aumentar considerablemente a nivel mundial el número de becas disponibles para los países en desarrollo, en particular los países menos adelantados, los pequeños Estados insulares en desarrollo y los países africanos, a fin de que sus estudiantes puedan matricularse en programas de enseñanza superior, incluidos programas de formación profesional y programas técnicos, científicos, de ingeniería y de tecnología de la información y las comunicaciones, de países desarrollados y otros países en desarrollo",
            "ar": "التوسع بنسبة كبيرة على الصعيد العالمي في عدد المنح الدراسية المتاحة للبلدان النامية، وبخاصة لأقل البلدان نموا والدول الجزرية الصغيرة النامية والبلدان الأفريقية، للالتحاق بالتعليم العالي، بما في ذلك منح التدريب المهني وتكنولوجيا المعلومات والاتصالات، والبرامج التقنية والهندسية والعلمية في البلدان المتقدمة النمو والبلدان النامية الأخرى، بحلول عام 2020",
        },
    },
    {
        "code": "5.2",
        "goal": 5,
        "title": {
            "en": "Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation",
            "fr": "Éliminer de la vie publique et de la vie privée toutes les formes de violence faite aux femmes et aux filles, y compris la traite et l'exploitation sexuelle et d'autres types d'exploitation",
            "es": "Eliminar todas las formas de violencia contra todas las mujeres y las niñas en los ámbitos público y privado, incluidas la trata y la explotación sexual y otros tipos de explotación",
            "ar": "القضاء على جميع أشكال العنف ضد جميع النساء والفتيات في المجالين العام والخاص، بما في ذلك الاتجار بالبشر والاستغلال الجنسي وغير ذلك من أنواع الاستغلال",
        },
    },
    {
        "code": "8.7",
        "goal": 8,
        "title": {
            "en": "Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms",
            "fr": "Prendre des mesures immédiates et efficaces pour supprimer le travail forcé, mettre fin à l'esclavage moderne et à la traite d'êtres humains, interdire et éliminer les pires formes de travail des enfants, y compris le recrutement et l'utilisation d'enfants soldats, et, d'ici à 2025, mettre fin au travail des enfants sous toutes ses formes",
            "es": "Adoptar medidas inmediatas y eficaces para erradicar el trabajo forzoso, poner fin a las formas contemporáneas de esclavitud y la trata de personas y asegurar la prohibición y eliminación de las peores formas de trabajo infantil, incluidos el reclutamiento y la utilización de niños soldados, y, de aquí a 2025, poner fin al trabajo infantil en todas sus formas",
            "ar": "اتخاذ تدابير فورية وفعالة للقضاء على السخرة وإنهاء الرق المعاصر والاتجار بالبشر لضمان حظر واستئصال أسوأ أشكال عمل الأطفال، بما في ذلك تجنيدهم واستخدامهم كجنود، وإنهاء عمل الأطفال بجميع أشكاله بحلول عام 2025",
        },
    },
    {
        "code": "8.8",
        "goal": 8,
        "title": {
            "en": "Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment",
            "fr": "Défendre les droits des travailleurs, promouvoir la sécurité sur le lieu de travail et assurer la protection de tous les travailleurs, y compris les migrants, en particulier les femmes, et ceux qui ont un emploi précaire",
            "es": "Proteger los derechos laborales y promover un entorno de trabajo seguro y sin riesgos para todos los trabajadores, incluidos los trabajadores migrantes, en particular las mujeres migrantes y las personas con empleos precarios",
            "ar": "حماية حقوق العمل وتعزيز بيئات عمل سالمة وآمنة لجميع العمال، بمن فيهم العمال المهاجرون، وبخاصة المهاجرات، والعاملون في الوظائف غير المستقرة",
        },
    },
    {
        "code": "10.2",
        "goal": 10,
        "title": {
            "en": "By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status",
            "fr": "D'ici à 2030, autonomiser toutes les personnes et favoriser leur intégration sociale, économique et politique, indépendamment de leur âge, de leur sexe, de leur handicap, de leur race, de leur appartenance ethnique, de leurs origines, de leur religion ou de leur statut économique ou autre",
            "es": "De aquí a 2030, potenciar y promover la inclusión social, económica y política de todas las personas, independientemente de su edad, sexo, discapacidad, raza, etnia, origen, religión o situación económica u otra condición",
            "ar": "تمكين وتعزيز الإدماج الاجتماعي والاقتصادي والسياسي للجميع، بغض النظر عن السن أو الجنس أو الإعاقة أو العرق أو الإثنية أو الأصل أو الدين أو الوضع الاقتصادي أو غير ذلك، بحلول عام 2030",
        },
    },
    {
        "code": "10.3",
        "goal": 10,
        "title": {
            "en": "Ensure equal opportunity and reduce inequalities of outcome, including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard",
            "fr": "Assurer l'égalité des chances et réduire l'inégalité des résultats, notamment en éliminant les lois, politiques et pratiques discriminatoires et en promouvant l'adoption de lois, politiques et mesures adéquates en la matière",
            "es": "Garantizar la igualdad de oportunidades y reducir la desigualdad de resultados, incluso eliminando las leyes, políticas y prácticas discriminatorias y promoviendo legislaciones, políticas y medidas adecuadas a ese respecto",
            "ar": "ضمان تكافؤ الفرص والحد من أوجه انعدام المساواة في النتائج، بما في ذلك من خلال إزالة القوانين والسياسات والممارسات التمييزية، وتعزيز التشريعات والسياسات والإجراءات الملائمة في هذا الصدد",
        },
    },
    {
        "code": "10.7",
        "goal": 10,
        "title": {
            "en": "Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies",
            "fr": "Faciliter la migration et la mobilité de façon ordonnée, sans danger, régulière et responsable, notamment par la mise en œuvre de politiques de migration planifiées et bien gérées",
            "es": "Facilitar la migración y la movilidad ordenadas, seguras, regulares y responsables de las personas, incluso mediante la aplicación de políticas migratorias planificadas y bien gestionadas",
            "ar": "تيسير الهجرة وتنقل الأشخاص على نحو منظم وآمن ومنتظم ومتسم بالمسؤولية، بما في ذلك من خلال تنفيذ سياسات الهجرة المخطط لها والتي تتسم بحسن الإدارة",
        },
    },
    {
        "code": "10.c",
        "goal": 10,
        "title": {
            "en": "By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent",
            "fr": "D'ici à 2030, faire baisser au-dessous de 3 pour cent les coûts de transaction des envois de fonds effectués par les migrants et éliminer les couloirs de transfert de fonds dont les coûts sont supérieurs à 5 pour cent",
            "es": "De aquí a 2030, reducir a menos del 3% los costos de transacción de las remesas de los migrantes y eliminar los corredores de remesas con un costo superior al 5%",
            "ar": "خفض تكاليف معاملات تحويلات المهاجرين إلى أقل من 3 في المائة، وإلغاء قنوات التحويلات المالية التي تربو تكاليفها على 5 في المائة، بحلول عام 2030",
        },
    },
    {
        "code": "13.1",
        "goal": 13,
        "title": {
            "en": "Strengthen resilience and adaptive capacity to climate-related hazards and natural disasters in all countries",
            "fr": "Renforcer, dans tous les pays, la résilience et les capacités d'adaptation face aux aléas climatiques et aux catastrophes naturelles liées au climat",
            "es": "Fortalecer la resiliencia y la capacidad de adaptación a los riesgos relacionados con el clima y los desastres naturales en todos los países",
            "ar": "تعزيز القدرة على الصمود في مواجهة الأخطار المرتبطة بالمناخ والكوارث الطبيعية والقدرة على التكيف مع تلك الأخطار في جميع البلدان",
        },
    },
    {
        "code": "16.2",
        "goal": 16,
        "title": {
            "en": "End abuse, exploitation, trafficking and all forms of violence against and torture of children",
            "fr": "Mettre un terme à la maltraitance, à l'exploitation et à la traite, et à toutes les formes de violence et de torture dont sont victimes les enfants",
            "es": "Poner fin al maltrato, la explotación, la trata y todas las formas de violencia y tortura contra los niños",
            "ar": "إنهاء إساءة معاملة الأطفال واستغلالهم والاتجار بهم وتعذيبهم وسائر أشكال العنف المرتكب ضدهم",
        },
    },
    {
        "code": "16.9",
        "goal": 16,
        "title": {
            "en": "By 2030, provide legal identity for all, including birth registration",
            "fr": "D'ici à 2030, garantir à tous une identité juridique, notamment grâce à l'enregistrement des naissances",
            "es": "De aquí a 2030, proporcionar acceso a una identidad jurídica para todos, en particular mediante el registro de nacimientos",
            "ar": "توفير هوية قانونية للجميع، بما في ذلك تسجيل المواليد، بحلول عام 2030",
        },
    },
    {
        "code": "17.18",
        "goal": 17,
        "title": {
            "en": "By 2020, enhance capacity-building support to developing countries, including for least developed countries and small island developing States, to increase significantly the availability of high-quality, timely and reliable data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics relevant in national contexts",
            "fr": "D'ici à 2020, apporter un soutien accru au renforcement des capacités des pays en développement, notamment des pays les moins avancés et des petits États insulaires en développement, l'objectif étant de disposer d'un beaucoup plus grand nombre de données de qualité, actualisées et exactes, ventilées par niveau de revenu, sexe, âge, race, appartenance ethnique, statut migratoire, handicap et emplacement géographique, et selon d'autres caractéristiques propres à chaque pays",
            "es": "De aquí a 2020, mejorar el apoyo a la creación de capacidad prestado a los países en desarrollo, incluidos los países menos adelantados y los pequeños Estados insulares en desarrollo, para aumentar significativamente la disponibilidad de datos oportunos, fiables y de gran calidad desglosados por ingresos, sexo, edad, raza, origen étnico, estatus migratorio, discapacidad, ubicación geográfica y otras características pertinentes en los contextos nacionales",
            "ar": "تعزيز تقديم الدعم لبناء قدرات البلدان النامية، بما في ذلك أقل البلدان نموا والدول الجزرية الصغيرة النامية، لتحقيق زيادة كبيرة في توافر بيانات عالية الجودة ومناسبة التوقيت وموثوقة ومفصلة حسب الدخل، ونوع الجنس، والسن، والعرق، والانتماء الإثني، والوضع من حيث الهجرة، والإعاقة، والموقع الجغرافي وغيرها من الخصائص ذات الصلة في السياقات الوطنية، بحلول عام 2020",
        },
    },
]
