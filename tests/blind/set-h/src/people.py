"""Invented people, places and mailbox domains (all *.test)."""

# (Bangla name, romanised name, local-part stem)
NAMES = [
    ("মোঃ রফিকুল ইসলাম", "Md. Rafiqul Islam", "rafiq"),
    ("মোছাঃ নাসরিন আক্তার", "Mst. Nasrin Akter", "nasrin"),
    ("আবদুল হাকিম", "Abdul Hakim", "hakim"),
    ("শাহানা পারভীন", "Shahana Parvin", "shahana"),
    ("মোঃ জাহিদুল হক", "Md. Zahidul Haque", "zahid"),
    ("তানভীর আহমেদ", "Tanvir Ahmed", "tanvir"),
    ("রোকসানা বেগম", "Roksana Begum", "roksana"),
    ("মোঃ আনোয়ার হোসেন", "Md. Anwar Hossain", "anwar"),
    ("সুমাইয়া খাতুন", "Sumaiya Khatun", "sumaiya"),
    ("মাহবুবুর রহমান", "Mahbubur Rahman", "mahbub"),
    ("ফারজানা ইয়াসমিন", "Farzana Yasmin", "farzana"),
    ("মোঃ শফিকুল আলম", "Md. Shafiqul Alam", "shafiq"),
    ("আব্দুর রাজ্জাক", "Abdur Razzak", "razzak"),
    ("নুসরাত জাহান", "Nusrat Jahan", "nusrat"),
    ("মোঃ মাসুদ রানা", "Md. Masud Rana", "masud"),
    ("কামরুন নাহার", "Kamrun Nahar", "kamrun"),
    ("সাইফুল ইসলাম", "Saiful Islam", "saiful"),
    ("মোঃ আল-আমিন", "Md. Al-Amin", "alamin"),
    ("বিপ্লব চন্দ্র দাস", "Biplob Chandra Das", "biplob"),
    ("রিনা রানী সরকার", "Rina Rani Sarkar", "rina"),
    ("মোঃ হাবিবুর রহমান", "Md. Habibur Rahman", "habib"),
    ("জান্নাতুল ফেরদৌস", "Jannatul Ferdous", "jannat"),
    ("মোঃ এনামুল কবির", "Md. Enamul Kabir", "enamul"),
    ("শামীম আহমেদ", "Shamim Ahmed", "shamim"),
    ("মোছাঃ রাবেয়া খাতুন", "Mst. Rabeya Khatun", "rabeya"),
    ("আরিফুল ইসলাম", "Ariful Islam", "arif"),
    ("মোঃ মোস্তফা কামাল", "Md. Mostafa Kamal", "mostafa"),
    ("দিলরুবা ইয়াসমিন", "Dilruba Yasmin", "dilruba"),
    ("মোঃ সোহেল রানা", "Md. Sohel Rana", "sohel"),
    ("প্রদীপ কুমার সাহা", "Prodip Kumar Saha", "prodip"),
]

MAIL_DOMAINS = ["gmail.test", "yahoo.test", "mail.test", "inbox.test", "outlook.test",
                "grameenmail.test", "bdmail.test"]

# (Bangla, English) union names of Melandaha upazila
UNIONS = [
    ("আদ্রা", "Adra"), ("কুলিয়া", "Kulia"), ("ঝাউগড়া", "Jhaugara"), ("দুরমুট", "Durmut"),
    ("ঘোষেরপাড়া", "Ghosherpara"), ("মাহমুদপুর", "Mahmudpur"), ("নাংলা", "Nangla"),
    ("নয়ানগর", "Nayanagar"), ("শ্যামপুর", "Shyampur"), ("ফুলকোচা", "Fulkocha"),
    ("চরবানী পাকুরিয়া", "Char Banipakuria"),
]

# (Bangla, English, short mail stem)
SCHOOLS = [
    ("মেলান্দহ সরকারি উচ্চ বিদ্যালয়", "Melandaha Govt. High School", "mghs"),
    ("দুরমুট উচ্চ বিদ্যালয়", "Durmut High School", "durmuths"),
    ("ঝাউগড়া বালিকা উচ্চ বিদ্যালয়", "Jhaugara Girls' High School", "jgghs"),
    ("মাহমুদপুর দাখিল মাদ্রাসা", "Mahmudpur Dakhil Madrasa", "mdm"),
    ("নাংলা উচ্চ বিদ্যালয়", "Nangla High School", "nanglahs"),
    ("মেলান্দহ সরকারি কলেজ", "Melandaha Govt. College", "mgc"),
    ("শ্যামপুর স্কুল অ্যান্ড কলেজ", "Shyampur School and College", "ssc"),
    ("কুলিয়া মডেল উচ্চ বিদ্যালয়", "Kulia Model High School", "kmhs"),
    ("নয়ানগর আদর্শ উচ্চ বিদ্যালয়", "Nayanagar Adarsha High School", "nahs"),
    ("ফুলকোচা কারিগরি ও বাণিজ্যিক কলেজ", "Fulkocha Technical and Business College", "ftbc"),
]

OFFICES = [
    ("উপজেলা কৃষি অফিস", "Upazila Agriculture Office", "agri"),
    ("উপজেলা সমাজসেবা অফিস", "Upazila Social Services Office", "socialservice"),
    ("উপজেলা মাধ্যমিক শিক্ষা অফিস", "Upazila Secondary Education Office", "mseo"),
    ("উপজেলা প্রাণিসম্পদ অফিস", "Upazila Livestock Office", "livestock"),
    ("উপজেলা মহিলা বিষয়ক অফিস", "Upazila Women Affairs Office", "womenaffairs"),
    ("উপজেলা প্রকল্প বাস্তবায়ন অফিস", "Upazila Project Implementation Office", "pio"),
    ("উপজেলা হিসাবরক্ষণ অফিস", "Upazila Accounts Office", "accounts"),
    ("উপজেলা যুব উন্নয়ন অফিস", "Upazila Youth Development Office", "youth"),
]

ROLE_BN = {
    "school": ["প্রধান শিক্ষক", "সহকারী শিক্ষক (আইসিটি)", "সহকারী প্রধান শিক্ষক", "অফিস সহকারী"],
    "college": ["অধ্যক্ষ", "প্রভাষক, আইসিটি", "উপাধ্যক্ষ"],
    "up": ["সচিব", "চেয়ারম্যান", "হিসাব সহকারী কাম কম্পিউটার অপারেটর"],
    "udc": ["উদ্যোক্তা", "উদ্যোক্তা (মহিলা)"],
    "office": ["অফিস সহকারী কাম কম্পিউটার মুদ্রাক্ষরিক", "উপজেলা কর্মকর্তা", "উচ্চমান সহকারী"],
    "citizen": [""],
}
ROLE_EN = {
    "school": ["Headmaster", "Assistant Teacher (ICT)", "Assistant Headmaster", "Office Assistant"],
    "college": ["Principal", "Lecturer, ICT", "Vice Principal"],
    "up": ["Secretary", "Chairman", "Accounts Assistant cum Computer Operator"],
    "udc": ["Entrepreneur", "Woman Entrepreneur"],
    "office": ["Office Assistant cum Computer Typist", "Upazila Officer", "Upper Division Assistant"],
    "citizen": [""],
}
