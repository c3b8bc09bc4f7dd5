using GraphViz.Core.Extraction;
using GraphViz.Core.Relations;
using static GraphViz.Core.Tests.Relations.Reading;

namespace GraphViz.Core.Tests.Relations;

/// <summary>
/// What news reports, family by family (blocs, diplomacy, military, abstract objects, economy, time), each read
/// from sentences written for the test in the register of Arabic wire copy.
/// </summary>
public class NewsReadingTests
{
    // --- Blocs ---

    [Fact]
    public void Founders_of_a_bloc_are_partners_of_it_and_of_each_other()
    {
        var rs = Read("ووقعت مالي وبوركينا فاسو والنيجر في باماكو ميثاق تأسيس تحالف دول الساحل.");
        foreach (var state in new[] { "MLI", "BFA", "NER" }) Assert.True(Has(rs, state, "AES", "found_bloc"), state);
        Assert.True(Between(rs, "MLI", "NER", "joint_action"));
    }

    [Fact]
    public void A_bloc_that_comprises_states_has_them_as_members()
    {
        var rs = Read("وعقد مجلس التعاون الخليجي، الذي يضم السعودية والإمارات وقطر والكويت والبحرين وعمان، قمته في الرياض.");
        foreach (var state in new[] { "SAU", "ARE", "QAT", "KWT", "BHR", "OMN" }) Assert.True(Has(rs, state, "GCC", "join_bloc"), state);
        Assert.DoesNotContain(Read("ووصل إلى طهران وفد يضم وزير الخارجية السعودي."), r => r.Type.Id == "join_bloc"); // a delegation is no bloc
    }

    [Fact]
    public void Joining_a_bloc_is_a_positive_relation_with_it() =>
        Assert.True(Has(Read("وانضمت السويد رسميا إلى حلف شمال الأطلسي يوم الخميس."), "SWE", "NATO", "join_bloc"));

    [Fact]
    public void Suspending_a_members_membership_is_negative_between_the_bloc_and_the_member() =>
        Assert.True(Has(Read("وقرر الاتحاد الأفريقي تعليق عضوية الغابون بعد الانقلاب."), "AU", "GAB", "suspend_membership"));

    [Fact]
    public void A_member_returning_to_a_bloc_is_readmitted() =>
        Assert.True(Has(Read("وقررت جامعة الدول العربية استئناف مشاركة سوريا في اجتماعاتها."), "ARAB_LEAGUE", "SYR", "readmit"));

    // --- Diplomacy ---

    [Fact]
    public void Recalling_an_ambassador_is_negative_with_the_host() =>
        Assert.True(Has(Read("واستدعت الجزائر سفيرها لدى فرنسا للتشاور."), "DZA", "FRA", "recall_ambassador"));

    [Fact]
    public void Summoning_a_charge_d_affaires_is_negative_with_his_state() =>
        Assert.True(Has(Read("واستدعت الخارجية العراقية القائم بالأعمال الأمريكي في بغداد."), "IRQ", "USA", "summon_envoy"));

    [Fact]
    public void Summoning_another_states_ambassador_is_negative_with_that_state() =>
        Assert.True(Has(Read("واستدعت الجزائر السفير الفرنسي."), "DZA", "FRA", "summon_envoy"));

    [Fact]
    public void The_adjective_of_a_verbs_object_names_the_target_not_the_agent()
    {
        var rs = Read("وقالت الخارجية العراقية إنها استدعت السفير الأمريكي في بغداد، وقدمت شكوى إلى مجلس الأمن.");
        Assert.True(Has(rs, "IRQ", "USA", "summon_envoy"));
        Assert.DoesNotContain(rs, r => r.Source == "USA" || r.Target == "USA" && r.Source != "IRQ");
    }

    [Fact]
    public void Giving_an_ambassador_hours_to_leave_expels_him() =>
        Assert.True(Has(Read("وأمهلت مالي السفير الفرنسي 72 ساعة لمغادرة البلاد."), "MLI", "FRA", "expel_diplomats"));

    [Fact]
    public void Closing_airspace_to_a_neighbours_aircraft_is_negative_with_it() =>
        Assert.True(Has(Read("وأعلنت الجزائر إغلاق مجالها الجوي أمام الطائرات المغربية."), "DZA", "MAR", "close_access"));

    [Fact]
    public void Restoring_ties_is_positive_between_the_two() =>
        Assert.True(Between(Read("واتفقت السعودية وإيران على استئناف العلاقات الدبلوماسية بينهما."), "SAU", "IRN", "restore_ties"));

    [Fact]
    public void Recognition_is_positive_with_the_recognised() =>
        Assert.True(Has(Read("واعترفت إسرائيل بسيادة المغرب على الصحراء الغربية."), "ISR", "MAR", "recognise"));

    [Fact]
    public void A_complaint_against_a_state_is_negative_with_it() =>
        Assert.Contains(Read("وتقدم العراق بشكوى إلى مجلس الأمن الدولي ضد إيران."), r => r.Source == "IRQ" && r.Target == "IRN" && r.Polarity == Polarity.Negative);

    [Fact]
    public void A_mediator_is_a_partner_of_each_party()
    {
        var rs = Read("ووقعت إثيوبيا والصومال إعلانا مشتركا برعاية تركية.");
        Assert.True(Has(rs, "TUR", "ETH", "mediation"));
        Assert.True(Has(rs, "TUR", "SOM", "mediation"));
        Assert.True(Between(rs, "ETH", "SOM", "agreement"));
    }

    [Fact]
    public void A_minister_visiting_two_capitals_links_neither_host_to_the_other()
    {
        var rs = Read("وزار وزير الخارجية الصيني القاهرة والرياض الأسبوع الماضي.");
        Assert.True(Has(rs, "CHN", "EGY", "visit"));
        Assert.True(Has(rs, "CHN", "SAU", "visit"));
        Assert.False(Linked(rs, "EGY", "SAU"));
    }

    [Fact]
    public void A_statement_whose_object_is_not_named_says_nothing_about_who() =>
        Assert.Empty(Read("ودانت قطر الهجوم بأشد العبارات."));

    [Fact]
    public void What_a_state_condemns_keeps_its_own_agent()
    {
        var rs = Read("ودانت قطر الهجوم الإيراني على إسرائيل.");
        Assert.True(Has(rs, "QAT", "IRN", "condemn"));
        Assert.True(Has(rs, "IRN", "ISR", "attack"));
        Assert.DoesNotContain(rs, r => r.Source == "QAT" && r.Type.Id == "attack");
    }

    // --- Military ---

    [Fact]
    public void Fighting_alongside_an_army_is_military_cooperation_with_its_state() =>
        Assert.True(Has(Read("ويقاتل جنود كوريون شماليون إلى جانب القوات الروسية في منطقة كورسك."), "PRK", "RUS", "military_cooperation"));

    [Fact]
    public void A_demonym_on_what_an_attack_hits_is_its_target_not_its_agent()
    {
        Assert.True(Has(Read("وواصل الحوثيون استهداف السفن الأمريكية في البحر الأحمر."), "HOUTHIS", "USA", "attack"));
        Assert.True(Has(Read("وقالت النيجر إن انسحاب القوات الأمريكية بدأ الأحد."), "USA", "NER", "withdraw_troops")); // forces act
    }

    [Fact]
    public void Fighting_battles_against_an_actor_is_war_on_it_and_backing_troops_support_the_fighter()
    {
        var rs = Read("وخاض الجيش السوداني، مدعوما بمسيرات إيرانية، معارك ضارية في أم درمان ضد قوات الدعم السريع.");
        Assert.True(Has(rs, "SDN", "RSF", "war"));
        Assert.True(Has(rs, "IRN", "SDN", "support"));
        Assert.True(Has(Read("ويخوض الجيش النيجيري عملية عسكرية واسعة ضد جماعة بوكو حرام."), "NGA", "BOKOHARAM", "war"));
        Assert.True(Has(Read("ويقاتل الجيش الصومالي ضد حركة الشباب منذ سنوات."), "SOM", "AL_SHABAAB", "war"));
    }

    [Fact]
    public void Strikes_on_a_group_in_a_country_target_the_group() =>
        Assert.True(Has(Read("وشنت إسرائيل غارات على مواقع لحزب الله في جنوب لبنان."), "ISR", "HEZBOLLAH", "attack"));

    [Fact]
    public void Forces_backed_by_several_states_are_supported_by_each_and_those_states_do_not_act_together()
    {
        var rs = Read("وتقدمت قوات حفتر، المدعومة من الإمارات وروسيا، نحو المدينة.");
        Assert.True(Has(rs, "ARE", "LNA", "support"));
        Assert.True(Has(rs, "RUS", "LNA", "support"));
        Assert.DoesNotContain(rs, r => r.Type.Id == "joint_action");
    }

    [Fact]
    public void A_shipment_of_arms_supplies_the_recipient() =>
        Assert.True(Has(Read("وأرسلت مصر شحنة أسلحة إلى الصومال."), "EGY", "SOM", "arms_supply"));

    [Fact]
    public void Receiving_arms_is_supplied_by_the_sender()
    {
        Assert.True(Has(Read("وتسلمت النيجر شحنة أسلحة روسية."), "RUS", "NER", "arms_supply"));
        Assert.True(Has(Read("وتلقت أوكرانيا صواريخ من الولايات المتحدة."), "USA", "UKR", "arms_supply"));
    }

    [Fact]
    public void A_defence_pact_is_an_alliance() =>
        Assert.True(Between(Read("ووقعت مصر والصومال اتفاقية دفاع مشترك في القاهرة."), "EGY", "SOM", "alliance"));

    [Fact]
    public void Joint_exercises_are_military_cooperation() =>
        Assert.True(Between(Read("وأجرت روسيا والصين مناورات بحرية مشتركة في بحر اليابان."), "RUS", "CHN", "military_cooperation"));

    [Fact]
    public void Drills_around_an_island_threaten_it() =>
        Assert.True(Has(Read("وأجرت الصين مناورات عسكرية واسعة حول تايوان."), "CHN", "TWN", "threaten"));

    [Fact]
    public void The_agent_of_attacks_may_stand_in_a_relative_clause_inside_the_trigger()
    {
        var rs = Read("وجاءت الضربات ردا على هجمات شنها الحوثيون على السفن الأمريكية في البحر الأحمر.");
        Assert.True(Has(rs, "HOUTHIS", "USA", "attack"));
    }

    [Fact]
    public void A_noun_with_no_agent_in_its_sentence_takes_none() =>
        Assert.DoesNotContain(Read("وأكدت أستراليا وكندا دعمهما. وجاء ذلك ردا على الهجمات على السفن."), r => r.Type.Id == "attack");

    [Fact]
    public void A_noun_whose_target_is_not_named_does_not_act_on_the_texts_main_country() =>
        Assert.DoesNotContain(Read("وتواصل روسيا تعزيز حضورها في المنطقة. وأسفرت هجمات شنها الحوثيون على السفن عن ارتفاع أسعار الشحن."),
            r => r.Type.Id == "attack");


    [Fact]
    public void A_withdrawal_that_names_no_place_left_is_from_the_texts_main_country()
    {
        const string text = "وطالب المجلس العسكري في مالي بعثة الأمم المتحدة بمغادرة مالي. وقال متحدث إن الانسحاب الفرنسي اكتمل قبل أشهر.";
        Assert.True(Has(Read(text), "FRA", "MLI", "withdraw_troops"));
        Assert.DoesNotContain(Read("وتراقب مالي الوضع عن كثب. وقال متحدث إن انسحاب القوات الفرنسية من المنطقة اكتمل."),
            r => r.Source == "FRA" && r.Target == "MLI"); // the place left is named, though it is no actor
    }

    [Fact]
    public void A_known_one_sided_act_opening_its_sentence_is_the_main_countrys()
    {
        var rs = Read("وأعلنت مالي انسحابها من المجموعة الاقتصادية لدول غرب إفريقيا. وجاء الانفصال عن فرنسا بعد انقلابين متتاليين.");
        Assert.True(Has(rs, "MLI", "FRA", "break_ties"));
        Assert.DoesNotContain(Read("وتتابع مالي التطورات. واندلعت الحرب في نوفمبر عندما أرسلت إثيوبيا قواتها إلى الإقليم."),
            r => r.Source == "MLI" || r.Target == "MLI"); // a war has two sides, and wire copy names both
    }
    [Fact]
    public void A_statements_object_is_reached_past_a_long_subject_after_the_verb()
    {
        Assert.True(Has(Read("ودان قادة مجموعة السبع الهجوم الإيراني على إسرائيل."), "G7", "IRN", "condemn"));
        Assert.True(Has(Read("وأدان وزير الخارجية القطري الهجوم الإسرائيلي."), "QAT", "ISR", "condemn"));
        Assert.True(Has(Read("وانتقد رئيس الوزراء الإسباني الموقف الأمريكي."), "ESP", "USA", "criticise"));
    }

    [Fact]
    public void A_statements_subject_may_stand_behind_a_title_inside_the_trigger()
    {
        var rs = Read("وأعربت وزارة الخارجية المصرية عن قلقها إزاء التصعيد الإسرائيلي في لبنان.");
        Assert.True(Has(rs, "EGY", "ISR", "concern"));
        Assert.DoesNotContain(rs, r => r.Source == "LBN"); // a place is no speaker
    }

    [Fact]
    public void What_an_accused_is_charged_with_is_the_accuseds_act()
    {
        var rs = Read("واتهم الجيش السوداني الإمارات بتزويد قوات الدعم السريع بالأسلحة.");
        Assert.True(Has(rs, "SDN", "ARE", "accuse"));
        Assert.True(Has(rs, "ARE", "RSF", "arms_supply"));
        Assert.DoesNotContain(rs, r => r.Source == "RSF");
        Assert.DoesNotContain(Read("واتهمت مالي أوكرانيا بدعم الإرهاب الدولي."), r => r.Source == "UKR" && r.Target == "MLI"); // the accuser is no target
    }

    // --- Relative clauses set off by commas ---

    [Fact]
    public void A_relative_clause_between_a_statement_and_its_object_is_skipped() =>
        Assert.True(Has(Read("وانتقدت حركة حماس، التي تسيطر على قطاع غزة منذ 2007، الموقف الأمريكي."), "HAMAS", "USA", "criticise"));

    [Fact]
    public void A_relative_verb_is_the_act_of_the_actor_the_clause_is_about()
    {
        var rs = Read("وأدانت إيران، التي تدعم الحوثيين، الضربات الأمريكية على اليمن.");
        Assert.True(Has(rs, "IRN", "HOUTHIS", "support"));
        Assert.True(Has(rs, "IRN", "USA", "condemn"));
        Assert.DoesNotContain(rs, r => r.Source == "HOUTHIS" || r.Target == "IRN"); // the clause's object is not the condemnation's
    }

    [Fact]
    public void A_demonym_after_a_groups_name_with_a_noun_between_describes_that_noun() =>
        Assert.True(Has(Read("ونددت حماس بالقرار الأمريكي."), "HAMAS", "USA", "condemn"));

    // --- Abstract objects standing for an actor ---

    [Fact]
    public void Ending_a_states_military_presence_is_negative_with_that_state() =>
        Assert.True(Has(Read("وأعلنت تشاد إنهاء الوجود العسكري الفرنسي على أراضيها."), "TCD", "FRA", "demand_withdrawal"));

    [Fact]
    public void Resisting_a_states_influence_is_hostility_towards_it() =>
        Assert.True(Has(Read("وتعهدت الحكومة في النيجر بمقاومة النفوذ الفرنسي في البلاد."), "NER", "FRA", "hostility"));

    // --- Economy ---

    [Fact]
    public void Sanctions_are_negative_with_their_target() =>
        Assert.True(Has(Read("وفرض الاتحاد الأوروبي عقوبات جديدة على روسيا."), "EU", "RUS", "sanction"));

    [Fact]
    public void Lifting_sanctions_is_positive() =>
        Assert.True(Has(Read("وأعلنت الولايات المتحدة رفع العقوبات عن سوريا."), "USA", "SYR", "lift_sanctions"));

    [Fact]
    public void A_member_carrying_out_a_blocs_sanctions_is_negative_with_the_sanctioned_state() =>
        Assert.Contains(Read("وحظرت فنلندا دخول السيارات الروسية تطبيقا لعقوبات الاتحاد الأوروبي."),
            r => r.Source == "FIN" && r.Target == "RUS" && r.Polarity == Polarity.Negative);

    [Fact]
    public void Aid_is_positive_with_its_recipient() =>
        Assert.True(Has(Read("وقدمت الإمارات مساعدات إنسانية إلى السودان."), "ARE", "SDN", "aid"));

    // --- Time: plans and threats are not the act ---

    [Fact]
    public void A_threat_is_read_and_the_act_threatened_is_not()
    {
        var rs = Read("وهددت إيران بإغلاق مجالها الجوي أمام الطائرات الأمريكية.");
        Assert.True(Has(rs, "IRN", "USA", "threaten"));
        Assert.DoesNotContain(rs, r => r.Type.Id == "close_access");
    }

    [Fact]
    public void An_intended_act_is_not_the_act() =>
        Assert.DoesNotContain(Read("وتعتزم تركيا إرسال أسلحة إلى ليبيا."), r => r.Type.Id == "arms_supply");

    [Fact]
    public void A_scheduled_meeting_is_a_plan_not_a_meeting() =>
        Assert.DoesNotContain(Read("ومن المقرر أن يلتقي الرئيس الصيني نظيره الأمريكي الأسبوع المقبل."), r => r.Type.Id == "meeting");

    [Fact]
    public void Any_attack_in_a_treaty_clause_is_no_attack() =>
        Assert.DoesNotContain(Read("وتعتبر المادة الخامسة من معاهدة حلف شمال الأطلسي أي هجوم على دولة عضو هجوما على الجميع."),
            r => r.Type.Id == "attack");

    // --- Reach: what a statement or an act is about is named in its own clause ---

    [Fact]
    public void A_statements_object_is_not_taken_from_the_next_clause() =>
        Assert.DoesNotContain(Read("ودانت إيران الضربات، ووصفتها وسائل إعلام رسمية بأنها انتهاك واضح لسيادة اليمن."),
            r => r.Source == "IRN" && r.Target == "YEM");

    [Fact]
    public void A_noun_with_a_possessive_pronoun_is_the_sentence_subjects_act()
    {
        var rs = Read("وبعد قطيعتها مع باريس، وقعت بوركينا فاسو اتفاقا عسكريا مع موسكو.");
        Assert.True(Has(rs, "BFA", "FRA", "break_ties"));
        Assert.True(Between(rs, "BFA", "RUS", "agreement"));
        Assert.False(Linked(rs, "FRA", "RUS"));
    }

    [Fact]
    public void A_verb_describing_a_document_acts_for_its_issuer()
    {
        Assert.True(Has(Read("وتبنى مجلس الأمن قرارا يطالب الحوثيين بوقف هجماتهم فورا."), "UNSC", "HOUTHIS", "press"));
        Assert.True(Has(Read("وأصدرت الخارجية المصرية بيانا يدين الهجوم الإسرائيلي على لبنان."), "EGY", "ISR", "condemn"));
    }

    [Fact]
    public void Who_joins_a_meeting_from_afar_meets_its_parties()
    {
        var rs = Read("واجتمع وزيرا خارجية مصر والأردن في عمان، فيما شارك وزير الخارجية العراقي في الاجتماع عبر الفيديو.");
        Assert.True(Between(rs, "IRQ", "EGY", "meeting"));
        Assert.True(Between(rs, "IRQ", "JOR", "meeting"));
    }

    [Fact]
    public void A_noun_saying_what_an_actor_is_to_another_relates_the_two()
    {
        Assert.True(Between(Read("ولم يتدخل حزب الله اللبناني، أبرز حلفاء طهران في المنطقة، في الحرب."), "HEZBOLLAH", "IRN", "alliance"));
        Assert.True(Has(Read("وتعد الإمارات الداعم الرئيسي لقوات الدعم السريع، بحسب تقارير أممية."), "ARE", "RSF", "support"));
        Assert.Empty(Read("وقال وزير الخارجية المصري إن حلفاء واشنطن في المنطقة قلقون."));
    }

    [Fact]
    public void An_actor_named_in_an_apposition_takes_no_part_in_the_sentences_act()
    {
        var rs = Read("ورحبت تركيا، الحليف الوثيق لأذربيجان، بالاتفاق.");
        Assert.True(Between(rs, "TUR", "AZE", "alliance"));
        Assert.Single(rs);
    }

    [Fact]
    public void Parties_of_a_meeting_are_near_it() =>
        Assert.DoesNotContain(Read("ودان قادة مجموعة السبع في بيان أصدروه عقب اجتماع عبر الفيديو ما وصفوه بالتصعيد الخطير من جانب إيران."),
            r => r.Type.Id == "meeting");

    [Fact]
    public void An_adjective_of_another_act_is_no_party_to_a_meeting() =>
        Assert.DoesNotContain(Read("وقال الاتحاد الأوروبي في بيان عقب اجتماع عبر الفيديو إن القصف الروسي لمحطات الطاقة جريمة حرب."),
            r => r.Type.Id == "meeting");

    [Fact]
    public void Adjectives_of_talks_are_their_parties() =>
        Assert.True(Between(Read("وجرت المحادثات الأمريكية الإيرانية في مسقط."), "USA", "IRN", "dialogue"));

    [Fact]
    public void After_a_participle_of_saying_the_subject_speaks_for_itself()
    {
        var rs = Read("وأدانت تركيا الهجوم الروسي، معربة عن تضامنها مع أوكرانيا.");
        Assert.True(Has(rs, "TUR", "RUS", "condemn"));
        Assert.True(Has(rs, "TUR", "UKR", "solidarity"));
    }

    [Fact]
    public void An_act_named_by_its_agents_adjective_does_not_speak()
    {
        var rs = Read("وأدانت الجامعة العربية، في بيان صدر عقب اجتماع طارئ في القاهرة، العدوان الإسرائيلي، معربة عن تضامنها مع لبنان.");
        Assert.True(Has(rs, "ARAB_LEAGUE", "LBN", "solidarity"));
        Assert.DoesNotContain(rs, r => r.Source == "ISR" && r.Type.Id == "solidarity");
    }

    // --- Lexicon forms and rows ---

    [Fact]
    public void An_actor_described_as_allied_with_another_is_its_ally() =>
        Assert.True(Has(Read("وتسيطر قوات الدعم السريع، المتحالفة مع الإمارات، على معظم إقليم دارفور."), "RSF", "ARE", "alliance"));

    [Fact]
    public void Congratulating_or_thanking_a_state_is_a_positive_statement()
    {
        Assert.True(Has(Read("وهنأ الرئيس المصري نظيره التركي بفوزه في الانتخابات."), "EGY", "TUR", "welcome"));
        Assert.True(Has(Read("وشكرت أوكرانيا اليابان على المساعدات."), "UKR", "JPN", "welcome"));
    }

    [Fact]
    public void States_each_welcoming_something_are_not_partners_of_each_other()
    {
        Assert.False(Linked(Read("ورحبت روسيا والصين بإعادة انتخاب الرئيس."), "RUS", "CHN"));
        Assert.True(Between(Read("وعززت مصر والسعودية التعاون بينهما."), "EGY", "SAU", "strengthen_ties")); // a joint act still is
    }

    [Fact]
    public void Resuming_their_relations_is_between_the_subjects_not_with_the_mediator()
    {
        var rs = Read("واستأنفت السعودية وإيران علاقاتهما الدبلوماسية بوساطة صينية.");
        Assert.True(Between(rs, "SAU", "IRN", "restore_ties"));
        Assert.True(Has(rs, "CHN", "SAU", "mediation"));
        Assert.DoesNotContain(rs, r => r.Type.Id == "restore_ties" && (r.Source == "CHN" || r.Target == "CHN"));
        Assert.True(Has(Read("وعززت مالي وبوركينا فاسو تقاربهما مع روسيا."), "MLI", "RUS", "strengthen_ties")); // «مع» brings a party in
    }

    [Fact]
    public void Denying_a_states_accusations_rejects_it() =>
        Assert.True(Has(Read("ونفت الإمارات الاتهامات السودانية."), "ARE", "SDN", "reject"));

    [Fact]
    public void Suspending_aid_to_a_state_sanctions_it() =>
        Assert.True(Has(Read("وأعلنت الولايات المتحدة تعليق مساعداتها العسكرية للنيجر."), "USA", "NER", "sanction"));

    [Fact]
    public void Handing_weapons_systems_over_supplies_arms()
    {
        Assert.True(Has(Read("وسلمت روسيا سوريا منظومة دفاع جوي."), "RUS", "SYR", "arms_supply"));
        Assert.Empty(Read("وسلمت مصر قطر رسالة خطية من الرئيس.").Where(r => r.Type.Id == "arms_supply")); // a letter is no weapon
        Assert.DoesNotContain(Read("وبحث ولي العهد الأمير محمد بن سلمان مع الرئيس الأمريكي الهجمات بالصواريخ على المملكة."),
            r => r.Type.Id == "arms_supply"); // سلمان is a name, not سلم + ان
    }

    [Fact]
    public void Suspending_arms_exports_to_a_state_sanctions_it() =>
        Assert.True(Has(Read("وأعلنت ألمانيا تعليق صادرات الأسلحة إلى إسرائيل."), "DEU", "ISR", "sanction"));

    [Fact]
    public void Sending_an_ambassador_back_restores_ties() =>
        Assert.True(Has(Read("وأعادت الإمارات سفيرها إلى الدوحة بعد قطيعة استمرت أربع سنوات."), "ARE", "QAT", "restore_ties"));

    [Fact]
    public void States_that_each_list_a_group_as_terrorist_are_not_acting_together()
    {
        var rs = Read("ويصنف الاتحاد الأوروبي والولايات المتحدة حركة حماس منظمة إرهابية.");
        Assert.True(Has(rs, "EU", "HAMAS", "designate_terrorist"));
        Assert.True(Has(rs, "USA", "HAMAS", "designate_terrorist"));
        Assert.False(Between(rs, "EU", "USA", "joint_action"));
    }

    [Fact]
    public void A_ministry_is_no_visit() =>
        Assert.DoesNotContain(Read("وقالت وزارة الخارجية الجزائرية إن الإعلان الأمريكي ليس له أي أثر قانوني."), r => r.Type.Id == "visit");

    [Fact]
    public void A_verb_with_an_object_pronoun_is_still_the_verb() =>
        Assert.True(Has(Read("وحزب العمال الكردستاني، الذي تصنفه تركيا منظمة إرهابية، أعلن وقف إطلاق النار."), "TUR", "PKK", "designate_terrorist"));

    [Fact]
    public void Attending_a_meeting_makes_a_party_of_it() =>
        Assert.True(Has(Read("والتقى ترامب أحمد الشرع في الرياض بحضور ولي العهد السعودي.", new DateOnly(2025, 5, 14)), "SAU", "SYR", "meeting"));

    [Fact]
    public void Demanding_an_immediate_halt_is_pressure() =>
        Assert.True(Has(Read("وطالب الاتحاد الأوروبي أمس الاثنين روسيا بالوقف الفوري لهجماتها على البنية التحتية."), "EU", "RUS", "press"));

    [Fact]
    public void Urging_a_state_to_stop_is_pressure_on_it() =>
        Assert.True(Has(Read("وحثت واشنطن بكين على ضبط النفس حول تايوان."), "USA", "CHN", "press"));

    [Fact]
    public void Calling_anothers_measures_illegitimate_rejects_their_author() =>
        Assert.True(Has(Read("وتعتبر موسكو العقوبات الأمريكية غير مشروعة."), "RUS", "USA", "reject"));

    [Fact]
    public void The_Government_of_National_Accord_is_Libya() =>
        Assert.True(Between(Read("ووقعت حكومة الوفاق وتركيا مذكرة للتعاون الأمني."), "LBY", "TUR", "agreement"));
}
