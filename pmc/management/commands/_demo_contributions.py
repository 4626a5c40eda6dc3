"""Demo contributions and replies for the seed_demo command.

Pure data: realistic posts for the five thematic areas of the 2021 People's
Migration Challenge, in English, Spanish, French and Arabic. Authors are
fictional; no real person's name, e-mail address or URL appears here.
"""

CONTRIBUTIONS = {
    # 1. Migration, COVID-19, and the New Social Contract
    1: [
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "During the lockdowns in Hong Kong, many foreign domestic workers were told by employers not to "
                "leave the house on our rest day, but we were still sent out to buy groceries. Some of us worked "
                "seven days a week for three months without compensation. Our union recorded more than a hundred "
                "cases, yet the Labour Department said it could not act unless each worker filed a formal "
                "complaint, which very few dared to do."
            ),
        },
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "As a seafarer, I spent fourteen months on board instead of nine because no port would allow crew "
                "changes. We were called key workers in official statements, but in practice we could not go "
                "ashore for medical care, and two of my crewmates missed their fathers' funerals. Flag states, "
                "port states and manning agencies kept passing responsibility to each other while we stayed at sea."
            ),
        },
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "In southern Europe, farm workers from North and West Africa kept food on supermarket shelves "
                "throughout 2020 while living in overcrowded informal settlements with no running water. When "
                "outbreaks happened, the response was to put whole camps under police cordon rather than to "
                "provide testing, safe housing and sick pay. Being 'essential' did not stop anyone from being "
                "treated as disposable."
            ),
        },
        {
            "kind": "opinion",
            "language": "en",
            "body": (
                "A new social contract cannot simply mean returning to the old normal with a few emergency cash "
                "transfers. The pandemic showed that economies depend on migrant labour in care, food, logistics "
                "and cleaning. If our work is essential, then our rights, our wages and our right to organise must "
                "be essential too, not favours that are withdrawn as soon as the crisis passes."
            ),
        },
        {
            "kind": "opinion",
            "language": "en",
            "body": (
                "I partly disagree with framing remittances as the main development story of the pandemic. When "
                "remittances fell, families in Nepal and the Philippines lost income overnight, but the bigger "
                "problem was that returnees came home to no jobs, no unemployment insurance and debts to "
                "recruiters. Reintegration programmes were mostly a training certificate and a photo opportunity."
            ),
        },
        {
            "kind": "action_point",
            "language": "en",
            "body": (
                "Migrant associations and trade unions in each host city can:\n"
                "- map which emergency relief schemes exclude workers on temporary or irregular status;\n"
                "- document the cases, with consent, and share them with labour inspectors and ombudspersons;\n"
                "- bring the evidence to the regional GCM review so that governments cannot claim the gaps "
                "are unknown."
            ),
        },
        {
            "kind": "action_point",
            "language": "en",
            "body": (
                "CSOs should set up a joint hotline, in the main languages of origin, for workers who lost their "
                "jobs and were left stranded without wages or a flight home. It should be staffed by trained "
                "grassroots migrant volunteers, link callers to legal aid, and keep anonymised records that can "
                "later support wage claims and our reports to the GFMD."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "**Make social protection universal and portable.** Governments of origin and destination should "
                "conclude bilateral and regional social security agreements so that migrant workers, including "
                "domestic and seasonal workers, keep their contributions, health coverage and pension rights when "
                "they move or are forced to return. The ILO and regional bodies should provide technical support "
                "and report progress at the IMRF."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "Governments must guarantee access to COVID-19 testing, treatment and vaccination for everyone "
                "regardless of migration status, with a clear **firewall** between health services and "
                "immigration enforcement. Without a public, written guarantee that personal data will not be "
                "shared, undocumented people will not come forward, and the whole community stays at risk."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "Establish a **transitional justice mechanism for wage theft** covering workers who were dismissed "
                "or repatriated during the pandemic without their wages and end-of-service benefits. Destination "
                "states, employers and recruitment agencies should be jointly liable, and claims must remain open "
                "to workers who have already returned to their countries of origin."
            ),
        },
        {
            "kind": "insight",
            "language": "es",
            "body": (
                "En Colombia y Perú, miles de familias venezolanas fueron desalojadas durante la cuarentena porque "
                "dependían del trabajo informal diario y no podían pagar el arriendo. Muchas emprendieron el "
                "regreso a pie por carreteras cerradas. Las ayudas de emergencia exigían documentos de identidad "
                "nacionales, así que la mayoría de las personas migrantes quedaron excluidas de toda protección."
            ),
        },
        {
            "kind": "opinion",
            "language": "es",
            "body": (
                "Se habla mucho de un nuevo contrato social, pero en México las trabajadoras del hogar migrantes "
                "seguimos sin contrato por escrito y sin seguro médico. Ningún pacto será realmente nuevo si no "
                "incluye a quienes cuidamos a los hijos y a los mayores de otras familias mientras las nuestras "
                "se quedan lejos."
            ),
        },
        {
            "kind": "action_point",
            "language": "es",
            "body": (
                "Proponemos que las redes de migrantes de Centroamérica y México elaboren un registro común de las "
                "ollas comunitarias, albergues y clínicas solidarias que funcionaron durante la pandemia. Este "
                "registro servirá para exigir a los gobiernos locales un financiamiento estable y para demostrar "
                "ante el Foro de Examen de la Migración Internacional que la sociedad civil cubrió los vacíos que "
                "dejó el Estado."
            ),
        },
        {
            "kind": "recommendation",
            "language": "es",
            "body": (
                "Los Estados deben incluir a todas las personas migrantes, con o sin documentos, en los programas "
                "de transferencias monetarias y de seguridad alimentaria en situaciones de emergencia. **El acceso "
                "a la ayuda no puede depender del estatus migratorio.** Pedimos a las agencias de la ONU y a los "
                "bancos de desarrollo que vinculen su apoyo financiero a esta inclusión."
            ),
        },
        {
            "kind": "insight",
            "language": "fr",
            "body": (
                "En Belgique et en France, les travailleurs sans papiers ont continué à travailler dans le "
                "nettoyage, la livraison et le bâtiment pendant les confinements, souvent sans masque ni contrat. "
                "Lorsqu'ils tombaient malades, ils n'avaient droit à aucun arrêt maladie indemnisé. Plusieurs "
                "collectifs ont dû organiser eux-mêmes des distributions alimentaires pour des familles entières."
            ),
        },
        {
            "kind": "opinion",
            "language": "fr",
            "body": (
                "Les régularisations temporaires décidées pendant la pandémie, comme au Portugal ou en Italie, "
                "montrent qu'une autre politique est possible. Mais elles sont restées limitées à certains secteurs "
                "et à quelques mois. Un nouveau contrat social devrait reconnaître durablement la contribution des "
                "personnes migrantes, et pas seulement quand l'économie en a un besoin urgent."
            ),
        },
        {
            "kind": "action_point",
            "language": "fr",
            "body": (
                "Les syndicats et les associations de migrants d'Afrique de l'Ouest devraient créer des cellules "
                "d'accueil pour les travailleurs rapatriés : accompagnement psychologique, aide pour récupérer les "
                "salaires impayés auprès des employeurs à l'étranger et information sur les programmes de "
                "réinsertion. Les ministères chargés de la diaspora doivent y associer les organisations de base "
                "dès la conception."
            ),
        },
        {
            "kind": "opinion",
            "language": "ar",
            "body": (
                "في لبنان، تُركت عشرات العاملات في المنازل في الشارع أمام سفاراتهن بعد أن تخلّى عنهن أصحاب العمل "
                "خلال الأزمة الاقتصادية والجائحة، دون أجور ولا جوازات سفر. لا يمكن الحديث عن عقد اجتماعي جديد ما "
                "دام نظام الكفالة يربط حياة العاملة وإقامتها بإرادة صاحب العمل وحده."
            ),
        },
        {
            "kind": "action_point",
            "language": "ar",
            "body": (
                "ندعو جمعيات المهاجرين والنقابات في دول الخليج إلى توثيق حالات الأجور غير المدفوعة للعمال الذين "
                "رُحّلوا خلال الجائحة، وجمعها في قاعدة بيانات مشتركة مع منظمات بلدان المنشأ. يمكن استخدام هذه "
                "الأدلة للمطالبة بصندوق تعويضات وعرضها أمام المنتدى العالمي للهجرة والتنمية."
            ),
        },
        {
            "kind": "recommendation",
            "language": "ar",
            "body": (
                "على حكومات دول المقصد أن تشمل العمال المهاجرين، بمن فيهم عمال المنازل والعمال غير النظاميين، في "
                "أنظمة الحماية الاجتماعية والتأمين الصحي دون تمييز. كما يجب على منظمة العمل الدولية ومنظمة الصحة "
                "العالمية دعم هذه الحكومات لضمان حصول الجميع على اللقاح بغض النظر عن وضعهم القانوني."
            ),
        },
    ],
    # 2. Race and Ethnicity in Migration
    2: [
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "When COVID-19 arrived, East and Southeast Asian workers in Europe and North America were spat at "
                "and told to go home, while African residents in southern China were evicted from their flats. "
                "Racism travelled faster than the virus, and in most cases no one was held accountable, because "
                "victims did not trust the police to take their reports seriously."
            ),
        },
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "Domestic workers in the Arab States are often paid according to their nationality rather than "
                "their skills: a worker from one country is offered half the salary of another for the same job. "
                "Recruitment agencies openly advertise workers by nationality and religion, as if we were products "
                "on a shelf. This hierarchy is built into the system; it is not an accident."
            ),
        },
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "Rohingya and other stateless communities across South and Southeast Asia face a double exclusion: "
                "they are targeted for their ethnicity and religion, and without citizenship they cannot access "
                "school, work permits or justice. Many end up in the hands of smugglers because every regular "
                "door has been closed to them since birth."
            ),
        },
        {
            "kind": "opinion",
            "language": "en",
            "body": (
                "We should name it clearly: migration policy is not race-neutral. Visa regimes make it easy for "
                "some passports to move and almost impossible for others, and the same qualified nurse is welcomed "
                "or rejected depending on where she was born. Talking about integration without addressing "
                "structural racism puts the whole burden on migrants to fit in."
            ),
        },
        {
            "kind": "opinion",
            "language": "en",
            "body": (
                "I agree that online hate speech needs action, but I worry about solutions that only ask platforms "
                "to delete posts. Many of the worst statements come from politicians and mainstream media during "
                "election campaigns. Governments that endorsed the GCM should start by stopping their own officials "
                "from describing migrants as invaders or criminals."
            ),
        },
        {
            "kind": "action_point",
            "language": "en",
            "body": (
                "Migrant-led organisations should build a simple, multilingual reporting tool for racist incidents "
                "at work, in housing and in contact with the police. Reports can be anonymous and reviewed by "
                "trained volunteers, and a yearly summary should be shared with national human rights institutions "
                "and the UN Special Rapporteur on contemporary forms of racism."
            ),
        },
        {
            "kind": "action_point",
            "language": "en",
            "body": (
                "Trade unions can:\n"
                "- include anti-racism clauses in collective agreements;\n"
                "- train shop stewards to recognise discrimination in shift allocation, promotion and housing;\n"
                "- open membership and leadership positions to migrant workers, including those on temporary "
                "permits.\n"
                "Solidarity at the workplace is the strongest answer to divide-and-rule tactics by employers."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "**Ban discriminatory recruitment.** Governments of destination and origin should prohibit "
                "recruitment agencies and employers from setting wages, conditions or job offers based on "
                "nationality, race, ethnicity or religion, and should monitor online job advertisements. "
                "Violations must carry real penalties, including the withdrawal of agency licences."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "States should collect data on discrimination disaggregated by migration status, ethnicity and "
                "gender, with the participation of affected communities and strict safeguards against misuse. "
                "Without reliable data, the commitment under GCM Objective 17 to eliminate all forms of "
                "discrimination cannot be measured at the IMRF, nor progress on SDG target 10.3 at the HLPF."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "Police and border agencies must **end racial and ethnic profiling** in identity checks. "
                "Governments should require officers to record the reason for every stop, publish the figures, "
                "and create independent complaint bodies that migrants can approach without fear of being reported "
                "to immigration authorities."
            ),
        },
        {
            "kind": "insight",
            "language": "es",
            "body": (
                "Las personas migrantes afrodescendientes y haitianas que cruzan México y Centroamérica sufren más "
                "extorsiones y detenciones que otros grupos. En los retenes les piden documentos con más frecuencia "
                "y, muchas veces, los agentes dan por hecho que no hablan español para negarles información sobre "
                "sus derechos."
            ),
        },
        {
            "kind": "opinion",
            "language": "es",
            "body": (
                "En Chile y Argentina se culpa a los migrantes bolivianos, peruanos y haitianos del aumento de la "
                "delincuencia sin ningún dato que lo respalde. Creo que los medios tienen una enorme "
                "responsabilidad: cuando siempre se menciona la nacionalidad del sospechoso, se construye un "
                "enemigo racializado."
            ),
        },
        {
            "kind": "action_point",
            "language": "es",
            "body": (
                "Las organizaciones de migrantes indígenas debemos exigir intérpretes en nuestras lenguas "
                "originarias en hospitales, juzgados y estaciones migratorias. Proponemos crear una red de "
                "intérpretes comunitarios, capacitados y remunerados, y pedir a los consulados y a los gobiernos "
                "locales que financien su formación."
            ),
        },
        {
            "kind": "recommendation",
            "language": "es",
            "body": (
                "Recomendamos que los Estados de la región aprueben leyes contra la discriminación que incluyan "
                "explícitamente el origen nacional, el origen étnico y la condición migratoria, con mecanismos de "
                "denuncia accesibles y gratuitos. **Las instituciones nacionales de derechos humanos** deben "
                "informar cada año sobre su aplicación."
            ),
        },
        {
            "kind": "insight",
            "language": "fr",
            "body": (
                "Au Maghreb, les migrants d'Afrique subsaharienne sont régulièrement victimes de contrôles au "
                "faciès, d'expulsions de logement et d'agressions dans la rue. Beaucoup n'osent pas porter plainte "
                "de peur d'être arrêtés puis déplacés de force vers le sud du pays ou vers la frontière."
            ),
        },
        {
            "kind": "opinion",
            "language": "fr",
            "body": (
                "Je pense que la lutte contre le racisme doit aussi passer par l'école. Dans les pays d'accueil "
                "comme dans les pays d'origine, les programmes devraient raconter l'histoire des migrations et de "
                "la colonisation, pour que les enfants de migrants ne grandissent pas avec l'idée qu'ils ne sont "
                "que des invités tolérés."
            ),
        },
        {
            "kind": "action_point",
            "language": "fr",
            "body": (
                "Les associations de la diaspora africaine en Europe peuvent organiser des permanences juridiques "
                "dans les quartiers, avec des juristes bénévoles, pour aider les victimes de discrimination à "
                "l'embauche ou au logement à constituer un dossier. Ces cas documentés nourriront un rapport commun "
                "à présenter lors de l'examen régional du Pacte mondial."
            ),
        },
        {
            "kind": "opinion",
            "language": "ar",
            "body": (
                "يواجه العمال القادمون من جنوب آسيا وأفريقيا في المنطقة العربية تمييزاً يومياً في المواصلات "
                "والأماكن العامة وحتى في المستشفيات. أرى أن المشكلة ليست في سلوك الأفراد فقط، بل في قوانين وأنظمة "
                "تجعل العامل المهاجر في مرتبة أدنى من غيره، وتحدد أجره حسب جنسيته لا حسب عمله."
            ),
        },
        {
            "kind": "action_point",
            "language": "ar",
            "body": (
                "نقترح أن تنظم جمعيات العمال المهاجرين، بالتعاون مع النقابات المحلية، حملات توعية باللغات الأم "
                "للعمال حول حقهم في عدم التمييز. ويمكن أن تشمل الحملة جلسات تدريبية لأصحاب العمل ومكاتب "
                "الاستقدام حول مبدأ الأجر المتساوي عن العمل المتساوي، مع دعوة وزارات العمل والسفارات إلى دعمها."
            ),
        },
        {
            "kind": "recommendation",
            "language": "ar",
            "body": (
                "على الدول أن تحظر بالقانون التحريض على الكراهية والعنف العنصري ضد المهاجرين، وأن تضمن للضحايا "
                "الوصول إلى العدالة دون خوف من الاحتجاز أو الترحيل. كما ندعو مفوضية الأمم المتحدة السامية لحقوق "
                "الإنسان إلى متابعة هذه الالتزامات في إطار المراجعة الإقليمية للاتفاق العالمي للهجرة."
            ),
        },
    ],
    # 3. Regular Pathways and Irregular Migration
    3: [
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "In Malaysia, many workers from Bangladesh and Nepal became undocumented not by crossing a border "
                "irregularly, but because their employer refused to renew their permit or kept their passport. "
                "Irregularity is very often produced by the system itself. Yet it is the worker, not the employer, "
                "who gets arrested during the raids."
            ),
        },
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "Recruitment fees of several thousand dollars are still common for workers going from South Asia "
                "to the Gulf, even though many origin countries officially cap them. Workers borrow from relatives "
                "or moneylenders and arrive already in debt, which makes it almost impossible to leave an abusive "
                "job. This debt is one of the main roads into forced labour."
            ),
        },
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "Seasonal worker schemes are often presented as the model of a regular pathway. In our experience "
                "in agriculture, the visa is tied to one employer, housing is provided by that same employer, and "
                "workers who complain are simply not invited back the next year. A pathway that depends on silence "
                "is regular on paper only."
            ),
        },
        {
            "kind": "opinion",
            "language": "en",
            "body": (
                "We must stop treating regularisation as an amnesty or a reward. People who have lived and worked "
                "in a country for years, paid taxes and raised children there are already part of that society. "
                "Giving them papers simply recognises reality and puts them out of the reach of exploitative "
                "employers and landlords."
            ),
        },
        {
            "kind": "opinion",
            "language": "en",
            "body": (
                "Expanding labour pathways is welcome, but they should not be limited to so-called high-skilled "
                "workers. Care workers, construction workers and farm workers are the ones economies needed most "
                "during the pandemic, and they deserve permits with the same rights to family reunification and a "
                "path to permanent residence."
            ),
        },
        {
            "kind": "action_point",
            "language": "en",
            "body": (
                "Migrant organisations in origin countries should run pre-departure sessions together with "
                "returnees who have been through the process, not only with government officials. Workers need "
                "honest information about recruitment fees, contract substitution and their rights at destination, "
                "and they trust people who have lived it. Sessions can be recorded in local languages and shared "
                "through community radio."
            ),
        },
        {
            "kind": "action_point",
            "language": "en",
            "body": (
                "- Compile a public list of recruitment agencies with repeated complaints, based on cases handled "
                "by CSOs in origin and destination countries.\n"
                "- Share it with labour ministries and with ethical recruitment certification schemes.\n"
                "- Use it to push governments to enforce the **employer-pays principle** in their bilateral "
                "labour agreements."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "**Decouple work permits from a single employer.** Destination governments should allow migrant "
                "workers, including domestic and seasonal workers, to change employers freely without losing their "
                "legal status or needing their employer's permission. This one reform would remove a major cause "
                "of irregularity, forced labour and trafficking."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "Governments should establish **permanent, accessible regularisation mechanisms** for undocumented "
                "migrants based on length of residence, work, family ties or humanitarian grounds, instead of "
                "one-off campaigns. Application fees must be affordable, and applicants must be protected from "
                "detention and deportation while their case is pending."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "States and employers should implement the **employer-pays principle**: no recruitment fees or "
                "related costs charged to workers, with joint liability of recruiters and employers for any fees "
                "collected. Origin and destination countries should write this principle into all bilateral labour "
                "agreements and report on its enforcement at the GFMD and the IMRF."
            ),
        },
        {
            "kind": "insight",
            "language": "es",
            "body": (
                "En la frontera sur de México, las visas humanitarias y las tarjetas de visitante regional se "
                "otorgan de forma muy desigual y con largas esperas. Mientras tanto, las familias centroamericanas "
                "quedan atrapadas en Tapachula sin poder trabajar legalmente, lo que las empuja a buscar coyotes "
                "para continuar el viaje."
            ),
        },
        {
            "kind": "opinion",
            "language": "es",
            "body": (
                "Los programas de regularización para personas venezolanas en Colombia demostraron que es posible "
                "dar estatus a cientos de miles de personas en poco tiempo. Pero creo que la regularización no debe "
                "depender de la nacionalidad: las personas haitianas, cubanas y africanas en la región merecen el "
                "mismo trato."
            ),
        },
        {
            "kind": "action_point",
            "language": "es",
            "body": (
                "Las organizaciones de la sociedad civil podemos acompañar los procesos de regularización ofreciendo "
                "asesoría gratuita para llenar los formularios en línea, ya que muchas personas migrantes no tienen "
                "acceso a internet ni a una computadora. Proponemos abrir puntos de apoyo en parroquias, sindicatos "
                "y casas del migrante."
            ),
        },
        {
            "kind": "recommendation",
            "language": "es",
            "body": (
                "Recomendamos a los gobiernos de América Latina extender las vías regulares de movilidad regional, "
                "como los acuerdos de residencia del MERCOSUR, a todas las personas migrantes de la región, **sin "
                "exigir documentos que su país de origen no puede emitir**. Los trámites deben ser gratuitos o de "
                "bajo costo para las familias de bajos ingresos."
            ),
        },
        {
            "kind": "insight",
            "language": "fr",
            "body": (
                "Au Sénégal et au Mali, obtenir un visa de travail pour l'Europe est presque impossible pour un "
                "jeune sans diplôme. Les rendez-vous consulaires sont payants, les dossiers exigent des garanties "
                "bancaires, et les refus ne sont presque jamais motivés. Beaucoup finissent par prendre la mer parce "
                "que la voie légale leur est fermée."
            ),
        },
        {
            "kind": "opinion",
            "language": "fr",
            "body": (
                "Je ne crois pas que les partenariats pour les talents proposés par l'Union européenne répondent aux "
                "besoins réels. Ils ciblent quelques profils qualifiés et servent souvent de monnaie d'échange "
                "contre la coopération sur les retours. Les voies légales ne doivent pas être conditionnées au "
                "contrôle des frontières."
            ),
        },
        {
            "kind": "action_point",
            "language": "fr",
            "body": (
                "Les syndicats du pays d'origine et du pays d'accueil devraient signer des accords de coopération "
                "pour suivre ensemble les travailleurs recrutés dans le cadre des programmes de migration "
                "circulaire : information avant le départ, affiliation syndicale à l'arrivée, et appui juridique en "
                "cas de litige avec l'employeur."
            ),
        },
        {
            "kind": "opinion",
            "language": "ar",
            "body": (
                "كثير من العمال في الخليج يصبحون في وضع غير نظامي لأن صاحب العمل أبلغ عن «تغيّبهم» بعد أن اشتكوا "
                "من عدم دفع الأجور. أعتقد أن بلاغات التغيّب يجب أن تُلغى، لأنها تُستخدم أداةً للعقاب والانتقام "
                "وليس لتنظيم سوق العمل، ولا يُسمح للعامل غالباً بالاطلاع عليها أو الطعن فيها."
            ),
        },
        {
            "kind": "action_point",
            "language": "ar",
            "body": (
                "ندعو منظمات المجتمع المدني في بلدان المنشأ إلى إنشاء مكاتب إرشاد قبل السفر في القرى والمدن "
                "الصغيرة، حيث يتم تجنيد معظم العمال، لتقديم معلومات دقيقة عن العقود والرسوم والحقوق في بلد "
                "المقصد، وكيفية التواصل مع النقابات والسفارات عند الحاجة، بمشاركة عمال عائدين خاضوا التجربة."
            ),
        },
        {
            "kind": "recommendation",
            "language": "ar",
            "body": (
                "يجب على حكومات دول المقصد إتاحة تسوية أوضاع العمال غير النظاميين دون غرامات باهظة أو حظر للعودة، "
                "وإلغاء ربط الإقامة بصاحب العمل. وعلى حكومات بلدان المنشأ أن تضمن عدم تحميل العمال أي رسوم "
                "توظيف، وأن تحاسب مكاتب الاستقدام المخالفة وتسحب تراخيصها عند تكرار المخالفة."
            ),
        },
    ],
    # 4. Detention and Return
    4: [
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "In immigration detention centres in several countries of our region, people are held for months "
                "without being told when, or whether, they will be released. During the pandemic, cells stayed "
                "overcrowded while deportation flights were suspended, so detention served no purpose other than "
                "punishment. In some facilities children were still detained with their parents."
            ),
        },
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "Many workers deported from Saudi Arabia and Malaysia arrive at the airport with nothing: no wages, "
                "no belongings, sometimes still in the clothes they were arrested in. Nobody receives them except "
                "family, if the family even knows. Our association counts the arrivals and tries to help, but the "
                "government has no reception plan at all."
            ),
        },
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "Pushbacks at sea have become normal in too many places. From the Mediterranean to the Andaman Sea, "
                "boats are turned back or intercepted and people are returned to places where they face torture or "
                "arbitrary detention. Search and rescue groups that try to help are increasingly treated as "
                "criminals."
            ),
        },
        {
            "kind": "opinion",
            "language": "en",
            "body": (
                "So-called voluntary return is often not voluntary at all. When the choice is between indefinite "
                "detention and signing a paper to go home, a person will sign. I think any return that happens "
                "under the threat of detention should be counted as a forced return in official statistics, so "
                "that governments cannot dress it up."
            ),
        },
        {
            "kind": "opinion",
            "language": "en",
            "body": (
                "I would push back a little on calling only for better conditions in detention. Cleaner rooms and "
                "more phone calls matter, but they accept the idea that it is normal to lock people up for an "
                "administrative matter. Our goal should be to end immigration detention, starting with children, "
                "and the GCM already points in that direction."
            ),
        },
        {
            "kind": "action_point",
            "language": "en",
            "body": (
                "CSOs and lawyers' networks should organise regular monitoring visits to detention centres and "
                "border facilities, with the consent of detainees, and publish a shared annual report. Where access "
                "is denied, we should ask national human rights institutions and the UN Working Group on Arbitrary "
                "Detention to request it on our behalf."
            ),
        },
        {
            "kind": "action_point",
            "language": "en",
            "body": (
                "Migrant associations in origin countries can organise a **reception network for returnees**:\n"
                "- volunteers at airports and land borders;\n"
                "- emergency cash, phone credit and transport home;\n"
                "- referral to counselling and to lawyers who can help recover unpaid wages from abroad.\n"
                "Local governments should be asked to recognise and fund this work."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "**End the immigration detention of children** in law and in practice, as well as of survivors of "
                "trafficking and torture. Governments should invest in community-based alternatives with case "
                "management, which are cheaper and more humane, and report the number of people detained, by age "
                "and length of detention, to the IMRF."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "No one should be returned before having a fair chance to claim their wages, benefits and "
                "compensation. Destination states should create mechanisms that let workers file and pursue labour "
                "claims **from their country of origin**, and should suspend deportation while a labour or "
                "trafficking case is pending."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "Destination governments and regional blocs should stop making development aid and visa "
                "facilitation conditional on cooperation with returns and readmission. **Every return must respect "
                "the principle of non-refoulement**, and independent monitors must be present on deportation "
                "flights and at border crossing points where pushbacks are reported."
            ),
        },
        {
            "kind": "insight",
            "language": "es",
            "body": (
                "En México, las estaciones migratorias siguen recibiendo familias con niñas y niños pequeños, "
                "aunque la reforma legal de 2020 prohíbe su detención. Muchas personas son deportadas a Guatemala "
                "u Honduras en autobuses nocturnos sin haber podido hablar con un abogado ni con su consulado."
            ),
        },
        {
            "kind": "opinion",
            "language": "es",
            "body": (
                "Las deportaciones masivas desde Estados Unidos durante la pandemia llevaron contagios a países con "
                "sistemas de salud frágiles como Guatemala y Haití. Creo que esto mostró que la deportación no es "
                "solo un tema migratorio, sino también de salud pública y de responsabilidad compartida entre "
                "Estados."
            ),
        },
        {
            "kind": "action_point",
            "language": "es",
            "body": (
                "Las casas del migrante y los albergues de la ruta podemos coordinar una base de datos común, con el "
                "consentimiento de las personas, para localizar a quienes desaparecen durante la detención o el "
                "retorno. Las familias muchas veces no saben si su ser querido fue deportado, detenido o si murió "
                "en el camino."
            ),
        },
        {
            "kind": "recommendation",
            "language": "es",
            "body": (
                "Recomendamos que los Estados garanticen **asistencia jurídica gratuita y acceso consular** desde el "
                "primer momento de la detención migratoria, y que ninguna deportación se ejecute sin una decisión "
                "individual y la posibilidad real de apelar. Las agencias de la ONU deben vigilar el cumplimiento "
                "de estas garantías en los operativos de retorno."
            ),
        },
        {
            "kind": "insight",
            "language": "fr",
            "body": (
                "En Libye, les migrants interceptés en mer sont ramenés dans des centres de détention où la "
                "torture, l'extorsion et le travail forcé sont documentés depuis des années. Des membres de notre "
                "association, revenus au Cameroun et en Côte d'Ivoire, en portent encore les séquelles et n'ont "
                "reçu aucun soutien psychologique."
            ),
        },
        {
            "kind": "opinion",
            "language": "fr",
            "body": (
                "Les programmes dits de « retour volontaire assisté » sont utiles pour certaines personnes bloquées, "
                "mais ils ne doivent pas remplacer la protection. Je pense que chacun doit pouvoir choisir en "
                "connaissant toutes les options, y compris la demande d'asile et la régularisation, et avec l'aide "
                "d'un conseil indépendant."
            ),
        },
        {
            "kind": "action_point",
            "language": "fr",
            "body": (
                "Les associations de retournés en Afrique de l'Ouest peuvent créer des groupes de parole et des "
                "activités génératrices de revenus gérées par les retournés eux-mêmes. Elles devraient demander aux "
                "bailleurs de financer directement ces initiatives communautaires plutôt que des programmes conçus "
                "sans elles."
            ),
        },
        {
            "kind": "opinion",
            "language": "ar",
            "body": (
                "في مراكز الاحتجاز ببعض دول المنطقة، يبقى المهاجرون شهوراً طويلة فقط لأنهم لا يملكون ثمن تذكرة "
                "العودة أو لأن صاحب العمل يرفض التنازل عن كفالتهم. أرى أن الاحتجاز بسبب العجز عن دفع ثمن تذكرة هو "
                "عقوبة على الفقر وليس إجراءً قانونياً."
            ),
        },
        {
            "kind": "action_point",
            "language": "ar",
            "body": (
                "نقترح أن تتعاون جمعيات الجاليات مع السفارات لزيارة مراكز الترحيل بانتظام، وتسجيل أسماء المحتجزين "
                "من مواطنيها والتواصل مع عائلاتهم. كما يمكن جمع تبرعات لتغطية تذاكر السفر للعمال المحتجزين الذين "
                "لا ذنب لهم سوى عجزهم عن الدفع، مع مطالبة أصحاب العمل بتحمّل هذه التكاليف."
            ),
        },
        {
            "kind": "recommendation",
            "language": "ar",
            "body": (
                "على الدول أن تجعل الاحتجاز الإداري للمهاجرين الملاذ الأخير ولأقصر مدة ممكنة، وأن توفر بدائل قائمة "
                "على المجتمع. كما يجب أن تتحمل دول المقصد وأصحاب العمل تكاليف عودة العمال، وأن يُمكَّن العمال من "
                "تحصيل أجورهم ومستحقاتهم كاملة قبل ترحيلهم أو من بلدانهم بعد العودة."
            ),
        },
    ],
    # 5. Climate Change and Migration
    5: [
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "In coastal Bangladesh, salt water has entered the rice fields and the drinking wells. Young men "
                "leave first for the garment factories and brick kilns around Dhaka, and later for the Gulf through "
                "expensive brokers. Families tell us they did not choose migration; the land simply stopped feeding "
                "them."
            ),
        },
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "In the Pacific, some communities are already planning the relocation of entire villages to higher "
                "ground. Our elders insist that moving must not mean losing our land rights, our language or our "
                "culture. Relocation carried out without the community's consent would only repeat the harms of the "
                "colonial past."
            ),
        },
        {
            "kind": "insight",
            "language": "en",
            "body": (
                "After the hurricanes of late 2020 in Central America, thousands of people who had lost their homes "
                "and crops joined the caravans heading north. At the borders they were treated as economic migrants "
                "or simply sent back, because no legal category exists for people displaced across borders by "
                "disasters."
            ),
        },
        {
            "kind": "opinion",
            "language": "en",
            "body": (
                "I am uneasy when the term climate refugee is used loosely. It is powerful for campaigns, but "
                "governments can use the debate over definitions to delay action. What matters is that people "
                "forced to move by climate impacts get protection, the right to work and a voice in decisions, "
                "whatever we call them."
            ),
        },
        {
            "kind": "opinion",
            "language": "en",
            "body": (
                "Climate migration is a question of justice. The countries that emit the least are the ones losing "
                "land, water and harvests, while the biggest emitters build walls. Wealthy states should pay for "
                "loss and damage and open regular pathways, instead of spending public money on border surveillance "
                "and calling it climate security."
            ),
        },
        {
            "kind": "action_point",
            "language": "en",
            "body": (
                "Migrant associations and farmers' groups in affected areas should document how climate impacts are "
                "pushing people to move: which villages, which crops failed, who left and under what conditions. "
                "These community testimonies should be brought to national adaptation planning and to COP side "
                "events, so that migrants' own knowledge shapes the policies."
            ),
        },
        {
            "kind": "action_point",
            "language": "en",
            "body": (
                "Climate and migration CSOs rarely sit at the same table. We propose:\n"
                "- joint regional workshops between climate justice movements and migrant rights groups;\n"
                "- a shared position paper for the GFMD and the next COP;\n"
                "- a small travel fund so that grassroots organisations from frontline communities can attend these "
                "meetings."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "**Create regular pathways for people displaced by climate change and disasters**, such as "
                "humanitarian visas, temporary protection and free movement agreements, building on existing "
                "regional practice. Destination governments should commit to these pathways at the IMRF, and "
                "affected communities must be involved in designing them."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "Governments should integrate human mobility into their national adaptation plans and nationally "
                "determined contributions, with dedicated funding for those who choose to stay, those who move and "
                "those who relocate. **Planned relocation must be based on free, prior and informed consent** and "
                "must protect land, livelihood and cultural rights."
            ),
        },
        {
            "kind": "recommendation",
            "language": "en",
            "body": (
                "Climate finance, including funding for loss and damage, must be directly accessible to local and "
                "migrant-led organisations, not only to national governments and large agencies. HLPF reviews of "
                "SDG 13 should report how much of this finance actually reaches displaced communities and migrants."
            ),
        },
        {
            "kind": "insight",
            "language": "es",
            "body": (
                "En el Corredor Seco de Guatemala, Honduras y El Salvador, varias temporadas seguidas de sequía han "
                "destruido las cosechas de maíz y frijol. Muchos jóvenes se van a Estados Unidos o a México porque "
                "no hay otra forma de sostener a la familia, y quienes se quedan dependen de las remesas para comer."
            ),
        },
        {
            "kind": "opinion",
            "language": "es",
            "body": (
                "No estoy de acuerdo con presentar la migración climática solo como un fracaso de la adaptación. "
                "Para muchas familias campesinas, migrar es también una estrategia de supervivencia y de "
                "adaptación. El problema es que no existen vías seguras, y entonces esa estrategia se convierte en "
                "un riesgo mortal."
            ),
        },
        {
            "kind": "action_point",
            "language": "es",
            "body": (
                "Las organizaciones campesinas y de migrantes de Centroamérica proponemos crear mesas comunitarias "
                "que reúnan a quienes se quedaron, a quienes migraron y a quienes regresaron, para diseñar proyectos "
                "de agua, semillas resistentes y empleo local. Las remesas colectivas pueden complementar, pero no "
                "sustituir, la inversión pública."
            ),
        },
        {
            "kind": "recommendation",
            "language": "es",
            "body": (
                "Recomendamos que los gobiernos de la región incluyan a las personas desplazadas por desastres en "
                "sus marcos de protección, siguiendo la experiencia de las visas humanitarias, y que **la "
                "Conferencia Regional sobre Migración** actualice y aplique sus lineamientos comunes. Las personas "
                "afectadas deben participar en su elaboración."
            ),
        },
        {
            "kind": "insight",
            "language": "fr",
            "body": (
                "Au Sahel, la dégradation des terres et la raréfaction des pâturages poussent les éleveurs vers le "
                "sud, ce qui crée des tensions avec les agriculteurs. Les jeunes partent vers les villes côtières "
                "ou vers les sites d'orpaillage, souvent sans aucune protection et dans des conditions de travail "
                "très dangereuses."
            ),
        },
        {
            "kind": "opinion",
            "language": "fr",
            "body": (
                "Je pense que la libre circulation au sein de la CEDEAO est un outil d'adaptation climatique "
                "sous-estimé. Mais dans les faits, les tracasseries aux frontières et le racket aux postes de "
                "contrôle empêchent les personnes les plus pauvres d'en profiter, alors qu'elles en ont le plus "
                "besoin."
            ),
        },
        {
            "kind": "action_point",
            "language": "fr",
            "body": (
                "Les organisations de migrants et les associations paysannes d'Afrique de l'Ouest pourraient créer "
                "un réseau communautaire d'alerte précoce qui informe les familles des sécheresses et inondations à "
                "venir et des options de mobilité sûres, y compris les droits garantis par le protocole de libre "
                "circulation de la CEDEAO."
            ),
        },
        {
            "kind": "opinion",
            "language": "ar",
            "body": (
                "في بلدان مثل السودان والعراق واليمن، أدى الجفاف وشح المياه إلى نزوح آلاف العائلات من الريف إلى "
                "أطراف المدن. أعتقد أن هؤلاء لا يُعترف بهم لا كلاجئين ولا كمهاجرين، فيبقون خارج أي برنامج حماية "
                "أو دعم، رغم أنهم من أكثر الناس تضرراً."
            ),
        },
        {
            "kind": "action_point",
            "language": "ar",
            "body": (
                "ندعو منظمات المجتمع المدني في المنطقة العربية إلى إدراج قضايا الهجرة والنزوح المرتبطة بالمناخ في "
                "تقاريرها الموازية حول أهداف التنمية المستدامة، وإلى إشراك المجتمعات المتضررة والعمال المهاجرين "
                "في إعداد هذه التقارير وعرضها أمام المنتدى السياسي الرفيع المستوى، حتى تُسمع أصواتهم مباشرة دون وسطاء."
            ),
        },
        {
            "kind": "recommendation",
            "language": "ar",
            "body": (
                "على الدول الغنية أن تفي بالتزاماتها في تمويل المناخ وتعويض الخسائر والأضرار، وأن تخصص جزءاً منه "
                "لحماية المجتمعات المهددة بالنزوح. كما يجب على الحكومات فتح مسارات هجرة نظامية وآمنة للمتضررين من "
                "الكوارث، مع ضمان حقهم في العمل ولمّ شمل الأسرة."
            ),
        },
    ],
}

REPLIES = [
    {
        "kind": "opinion",
        "language": "en",
        "body": "I agree, and I would add that women migrants are hit twice: as workers and as carers at home. "
        "Any recommendation on this should say so explicitly.",
    },
    {
        "kind": "insight",
        "language": "en",
        "body": "Thank you for sharing this. We saw almost exactly the same pattern among migrant workers living in "
        "the dormitories in Singapore last year.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "Could you say more about who would fund this? Grassroots groups often end up doing the work without "
        "any resources.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "I partly disagree: governments already know about these gaps. What is missing is political will, so "
        "our advocacy should focus on accountability rather than more documentation.",
    },
    {
        "kind": "insight",
        "language": "en",
        "body": "In Kenya, returnee associations tried something similar, and it worked best when returnees themselves "
        "led the sessions.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "This should go into the regional feedback for our round. It is concrete and easy to monitor.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "Strongly support this. The IMRF will only listen if we bring evidence and clear asks like these.",
    },
    {
        "kind": "insight",
        "language": "en",
        "body": "Our union in Italy raised the same issue with labour inspectors. They only acted when several unions "
        "filed complaints together.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "Good point, but remember that many domestic workers cannot attend meetings on weekdays. Please plan "
        "activities on Sundays.",
    },
    {
        "kind": "insight",
        "language": "en",
        "body": "In the Philippines the rules already ban placement fees for domestic workers, but enforcement is weak "
        "and agencies find other names for the same charges.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "Would this also cover seafarers? Maritime workers are often left out because they fall between flag "
        "states and countries of origin.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "I agree with the goal, but I worry about data protection. Who will hold these records, and how will "
        "migrants be protected if they leak?",
    },
    {
        "kind": "insight",
        "language": "en",
        "body": "We tried a messaging-app version of this in our community. It reached many people quickly, but we "
        "needed trained volunteers to follow up every case.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "Well said. It is time we stopped being described only as victims or as heroes; we are workers with "
        "rights.",
    },
    {
        "kind": "insight",
        "language": "en",
        "body": "Adding to this: garment workers in Jordan faced similar problems, and joint action between the union "
        "and migrant leaders won back unpaid wages.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "I would soften the wording slightly so that more governments can sign on, but keep the core demand.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "Respectfully, I don't think employers will change voluntarily. This needs binding rules and real "
        "penalties.",
    },
    {
        "kind": "insight",
        "language": "en",
        "body": "In Canada, temporary farm workers reported the same problems with employer-provided housing during "
        "the pandemic.",
    },
    {
        "kind": "insight",
        "language": "en",
        "body": "This matches what we heard in our national consultation in Nepal: returnees want decent jobs at home, "
        "not only training certificates.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "Can we link this to a specific GCM objective? It would make it easier for the secretariat to include "
        "it in the brief.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "Very important. Let's make sure young migrants and international students are also part of this "
        "discussion.",
    },
    {
        "kind": "insight",
        "language": "en",
        "body": "In South Africa, migrant traders were left out of pandemic relief for small businesses, so this is "
        "not only a problem in the Global North.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "Agreed. We should also ask origin governments to play their part, not only destination states.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "One concern: if this only happens online, people without smartphones or internet access will be "
        "left out again.",
    },
    {
        "kind": "insight",
        "language": "en",
        "body": "Our association in Greece has been doing this for two years. Happy to share what worked and what "
        "didn't.",
    },
    {
        "kind": "opinion",
        "language": "en",
        "body": "I support this, and I think trade unions should be named explicitly as partners, since they can "
        "negotiate and enforce agreements.",
    },
    {
        "kind": "insight",
        "language": "es",
        "body": "Totalmente de acuerdo. En Costa Rica vimos lo mismo con las personas nicaragüenses que trabajan en "
        "las fincas.",
    },
    {
        "kind": "opinion",
        "language": "es",
        "body": "Buena propuesta, pero ¿quién la va a financiar? Las organizaciones de base ya estamos al límite.",
    },
    {
        "kind": "opinion",
        "language": "es",
        "body": "Coincido, y agregaría que las mujeres migrantes necesitan espacios seguros para denunciar sin miedo "
        "a represalias.",
    },
    {
        "kind": "insight",
        "language": "es",
        "body": "En Ecuador hicimos algo parecido con el apoyo de una universidad local y funcionó bien.",
    },
    {
        "kind": "opinion",
        "language": "es",
        "body": "Con respeto, no estoy de acuerdo: esto debería ser una obligación del Estado, no una carga más para "
        "la sociedad civil.",
    },
    {
        "kind": "opinion",
        "language": "es",
        "body": "Este punto debería llevarse al examen regional del Pacto Mundial en América Latina y el Caribe.",
    },
    {
        "kind": "insight",
        "language": "fr",
        "body": "Tout à fait d'accord. Au Maroc, les associations de migrants ont fait le même constat pendant la "
        "pandémie.",
    },
    {
        "kind": "opinion",
        "language": "fr",
        "body": "Bonne idée, mais il faudra traduire ces informations dans les langues locales, pas seulement en "
        "français.",
    },
    {
        "kind": "opinion",
        "language": "fr",
        "body": "Je ne suis pas entièrement d'accord : sans sanctions pour les employeurs, rien ne changera.",
    },
    {
        "kind": "insight",
        "language": "fr",
        "body": "Au Niger, nous avons vu des retournés reprendre la route faute de soutien après leur retour.",
    },
    {
        "kind": "insight",
        "language": "ar",
        "body": "أتفق تماماً، ونحن في الأردن لاحظنا الشيء نفسه بين العاملات في المنازل.",
    },
    {"kind": "opinion", "language": "ar", "body": "فكرة جيدة، لكن من سيتابع التنفيذ؟ نحتاج إلى آلية رقابة واضحة."},
    {
        "kind": "opinion",
        "language": "ar",
        "body": "أضيف أن النقابات يجب أن تفتح أبوابها للعمال المهاجرين حتى يتمكنوا من الدفاع عن حقوقهم.",
    },
    {
        "kind": "insight",
        "language": "ar",
        "body": "في قطر، أدت بعض الإصلاحات إلى تحسن محدود، لكن التطبيق ما زال ضعيفاً.",
    },
]
