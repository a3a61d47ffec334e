// Package quotes finds who said what in English news prose: the direct
// quotations of an article with their speakers, the sentences that report
// someone's words without quoting them, and the people named. It is
// rule-based, run at ingest (and over a stored library again when Version
// changes): speech verbs ("said", "told reporters",
// "according to"), the names next to them, and the journalistic
// conventions for continued quotes. Short names and pronouns are resolved
// to a full name mentioned earlier only when that is unambiguous.
//
// Choices:
//   - Only double quote marks (straight, curly, guillemets) open a
//     quotation; single ones are mostly apostrophes (Trump's, '90s), and
//     inside a quotation they quote someone else ("we have always said
//     'No'"), so they stay part of it.
//   - Quotation spans exclude the marks and surrounding spaces but keep
//     the punctuation inside them ("…military,"), as printed.
//   - Scare quotes and titles (a quotation with no speech verb next to it
//     and no attributed quotation before it in the paragraph) are kept with
//     an empty Speaker, so callers can still quote them, but never as
//     someone's words.
//   - A quotation in the same paragraph as an attributed one, after it,
//     continues that speaker; so does a paragraph that opens with a quote
//     mark right after a paragraph whose quotation was attributed or left
//     open (the usual way news runs a quote on). A quotation left open at
//     its paragraph's end with no speaker takes the speaker named in the
//     next paragraph.
//   - "He" and "she" go to a person named earlier in the sentence, else the
//     previous sentence's subject or speaker, else the last speaker, else the
//     last person named, skipping anyone whose title ("Mr.", "Ms."), given
//     name, or the pronouns of the sentences naming only them say otherwise.
//     "They" is never resolved to a person, nor "he" or "she" to an acronym
//     ("POLITICO") or a body ("Immigration Services"). A pronoun opening a
//     clause after a comma ("…, but as he emerged from the meeting, Mr. Boehner
//     said …") points ahead to the name opening the main clause. After a
//     sentence whose second clause has a speaker of its own ("Mr. Boehner met
//     …, and Rep. Phil Gingrey, …, said afterward that …"), the pronoun is that
//     speaker's. Someone introduced without a name ("a friend who …, he said";
//     a sentence opening "A young crew member …" and naming no one but
//     whom they speak for, "A spokesman for Sen. Claire McCaskill …")
//     stops the search: the pronoun is theirs. A photo caption (a short paragraph with no
//     final stop, or one ending in its credit, "REUTERS/Kevin Lamarque") is
//     passed over, as is a link card set off whole in parentheses ("( Also on
//     POLITICO: Congress mourns Mandela's death)") and a line BBC pages set
//     around a video or a photo ("Media caption Trump: 'How is it possible
//     my son is watching this?'", "Image copyright Getty Images").
//   - A full name with a familiar given name ("Mike Bloomberg", a
//     headline's "Tom Perez") is the person the formal one named
//     ("Michael Bloomberg", "Thomas E. Perez"), not a second bearer of
//     the family name who would leave "Mr. Bloomberg" no one's. A
//     family name that is also a title ("John King", "Rep. Peter King")
//     is the name, never a title dropped to leave "John" to another John.
//     A titled family name before the article first names its bearer in
//     full ("Mr. Trump", then "Donald Trump") is that bearer when one of
//     the title's gender bears it. A plural title before a list
//     ("Sens. Mark Kirk of Illinois and Susan Collins of Maine") gives
//     each of them its singular, so "the senator" names none of them
//     alone, nor a third senator the article calls "Sen." alone. "Rep"
//     without its period is a title too ("Idaho GOP Rep Raul Labrador"),
//     not a given name.
//   - A name in a phrase opening the sentence before ("Similar to rivals
//     who endorsed Mr. Biden, Mr. Bloomberg said …") is not its subject,
//     so not the "he" after it; nor is a participle's object there
//     ("Describing Mr Haines as a “British hero”, he said …"), nor a
//     topic ("As to why Obama could not attend, he added", "Of Weaver's
//     tweet, he said", "When asked if Trump knew …, he said"), nor a
//     name in a clause set off after such a phrase ("Last week on the
//     phone, as Trump passed the one-month mark, Nobles told me …"). Such
//     a phrase ends at the dash closing an aside when only a name stands
//     between it and the comma ("Speaking during … -- including … --
//     Biden, who …, said"). Two people named together ("Obama and
//     Boehner need to realize “…,” he said") are neither of them the
//     pronoun, and "he" is never a name the article calls "the" ("the New
//     York Sun reported").
//   - A name after a preposition and "which" opens the relative clause as
//     its subject: "an interview in which Bloomberg said “…”" is
//     Bloomberg's, not the main clause's speaker's.
//   - Words a speaker passes on are the one quoted's: "“…,” Collins said,
//     quoting Mulvaney" (or "quoting the president", "quoting remarks
//     Reagan made"), "“…,” Collins said Mulvaney told the House GOP",
//     "Green said that Stephens told her". So does a speaker a sentence
//     opens with, handing over to the quotation: "Mr. Boehner told him,
//     “…,” Mr. Southerland recalled" is Boehner's. The one a speaker
//     told, answering in a relative clause ("Mr. Holder told the
//     lawmaker, who responded, “…”"), is someone unnamed, not the
//     speaker. A response to someone's words that says something
//     ("Galli responded to Trump's tweet on CNN saying he disagrees with
//     the president “…”") is the responder's, not the words' owner's.
//   - A relative clause set off by a dash speaks for the name before it
//     as one set off by a comma does: "Sadiq Khan - who had said the UK
//     should “not roll out the red carpet” -" is Khan's. A name before a
//     noun ending in "-ly" qualifies it ("said the McConnell ally", "the
//     Trump family"): the speaker is the ally, someone unnamed.
//   - A name may carry the state its bearer is from ("Rep. Elijah
//     Cummings of Maryland said", "“…,” Sen. John Cornyn of Texas said");
//     one word before a state is an institution, no one ("The University
//     of Texas said"). A party's member set off before a name ("The
//     Senate's top Democrat, Chuck Schumer, said") is that name.
//   - Narration may say whose words a quotation is: "what Sessions called “…”",
//     "“…,” in the words of one Trump adviser" (someone unnamed's), "Spicer's
//     statement said “…”", "Trump’s campaign promise to “…”", "Cruz's
//     accusation that McConnell had told a “…”" (Cruz's), "…, with Ms. Sanders
//     reminding reporters that “…”". A document quoted in a relative clause
//     ("…, which states it is now policy “…”") speaks for itself, not the
//     sentence's speaker; a speaker responding to someone's words ("said in
//     response to Graham's comments that …", "Biden, asked about Dempsey's
//     comment on ground troops, said the general's “…”") says the clause after
//     them; a participle after ", but Trump has ramped up …" is that clause's
//     subject's. What a report was found to say, set off by a comma after the
//     speaker's verb ("“…,” Corker said at the hearing, the first since a
//     report was released finding “…”"), is the report's; "…, with White House
//     press secretary Josh Earnest calling the letter a “…”" is Earnest's; "he
//     found Obama's words on the violence “helpful”" is the one who found them
//     so. So is "…, although Mr. Putin didn't elaborate …, saying only “…”" the
//     clause's subject's, not the sentence's; "…, and Prime Minister Donald
//     Tusk praised the “…”" after another's quotation Tusk's; "and then quoted
//     Martin Luther King Jr.: “…”" King's; "a note … that said “…,” McMahill
//     said" and "an email from the aide … that said: “…”" the note's and the
//     email's, not the one reporting them; "…, saying the retired Army general
//     told him “…”" not the participle's subject's; and a question put in a
//     phrase opening the sentence ("Asked Wednesday by NBC whether he is
//     “almost alone”") not the answerer's.
//   - The owner of a phrase opening the sentence is the pronoun its main
//     clause opens with ("In Sanders’ victory remarks, he took a jab at
//     …"), so the one who speaks on; a name qualifying a role set off by
//     a comma ("A frequent Carlson guest, retired Army Col. Douglas
//     MacGregor") is not the subject; "he" after two men named together
//     ("Mr. Trump and Mr. Pruitt have said") is neither.
//   - A chant named before a quotation ("amid chants of: “…”") is a
//     crowd's: the speaker before does not go on.
//   - A family name two people share goes to the one of them named in
//     full in its paragraph or the two before, when only one is. A family
//     name the article used alone before naming a relative of its bearer
//     in full ("President Trump …", then "First lady Melania Trump") stays
//     the bare name's, not the relative's; so do the pronouns of the
//     gender that followed it ("Klobuchar said she …", "Romney says while
//     he knows …"). A relative introduced as one ("his father, Ron Paul")
//     named paragraphs back leaves the family name alone to the one
//     named otherwise, if they were named in full before it. So does
//     one named lately only as the second of a couple ("Mitt and Ann
//     Romney were not shy …. “…,” Romney told me"); with no one named in
//     full before, the family name is neither's.
//   - Words opening by calling someone by a word of the name their verb
//     gives ("“Hans, can I ask …?” Nichols responded that …") are said to
//     them, not by them: no one's the article lets us name.
//   - The pronoun in "McGee, who he said …" is never the one "who"
//     stands for. The one in a relative clause on an occasion whose
//     giver is named ("a key speech Mr Obama gave in Cairo, where he had
//     called for …") or on someone's work ("Scalia's dissent in the 2015
//     decision, in which he wrote …") is the giver's or the author's, not
//     the sentence's subject's. What someone's statement or claim says
//     they did ("Franken said as he zeroed in on Sessions’ statement …
//     that he “filed …”") is theirs, not the speaker's who cites it.
//   - "…," a resident said, "someone says “…”" and "…," the report
//     concludes, and people named by what they did ("Molins said the
//     attackers shouted “…”"), give the quotation to someone the article
//     does not name,
//     not to the paragraph's last named speaker, a role after its verb
//     too, whatever party it names ("…,” added the senior Republican
//     national security source", even where the quotation before was
//     left open); nor does a relative
//     called by the family name ("…," the younger Etefia says); "…," the
//     President said
//     goes to the one person named with that title.
//   - A headline in title case, a run opening with "The" or a sentence's
//     first word ("Although Martin"), runs holding a firm's or place's
//     word ("Sally Ride Science") and a nickname in quotation marks
//     (“Hollywood Sinema”) name no person, nor does a place named by two
//     words a person may bear ("Charlotte, North Carolina, Obama …"); an owner opening a run ("The
//     Federalist's David Harsanyi") does not hide the person after it, nor
//     does a body's name ("U.S. Citizenship and Immigration Services
//     Gillian Christensen").
//   - Organisations may be speakers ("The New York Times reported") but are
//     not People. An officer named after an organisation whose name runs
//     on with "of" or "for" ("National Organization for Marriage President
//     Brian Brown said") is the subject, not the object of "for".
//   - Speakers named together as a verb's subject ("Jason Chaffetz, R-Utah,
//     and Devin Nunes said", "Leahy, Durbin and Franken wrote") are one
//     speaker naming them all, which SameSpeaker matches with either;
//     "he" and "she" never stand for it.
//   - A short capitalized quotation after "on", "with", a possessive, a network
//     ("on CBS “This Morning.”"), "on the" ("on the “Hugh Hewitt Show”"),
//     "into" (calling into “Larry King Live”), an
//     interview or piece "for" it ("an interview for “This Week.”") or a
//     word like "song" is a title ("Meet the
//     Press", CNN's "State of the Union", "On “Fox News Sunday,” Rove said",
//     "paid for by “Cruz for President.”"), as is one next to a noun naming a
//     work (his book “No Apology,”; the “Obama Again” headline), one qualifying
//     the noun after it (a “Nancy Grace” producer, his “Make America Great
//     Again” hat, Sanders, whose “Medicare for All” plan he calls …) or naming a show by its star (“SNL” star Pete Davidson),
//     a nickname inside a name (Abdullatif “Abu Salah” Halaq, Thomas P.
//     “Tip” O’Neill) and anything "titled"; so is a term: a lone lower-case
//     word (a voting “supercenter”), a few after "known as", "so-called",
//     "the hashtag", "referred to it as", or a few between an article or a
//     possessive and the noun they qualify (the “lame duck” process; not a
//     “too long” tie, a judgement, nor a “witch hunt” designed …); so are a work
//     "called" so (a new study called “Is Solar the Next Shale?”, a question
//     too), one of the works an author "has written …, including “…”", and the
//     words on a sign (the famous sign, “the buck stops here.”), and numbers
//     alone (memos “1” and “3”, memos “4, 5, and 6”), a label. None is
//     anyone's words, and none interrupts the speaker around it.
//   - Written words belong to their author: "an email from X" names X
//     (past a role that opens with a name: "the post by Facebook chief
//     privacy officer Erin Egan" is hers),
//     never the recipient, nor X when X only owns the writers ("a
//     statement from Ford's attorneys"), nor when the words answer it
//     ("was all she said in response to an email from X"); a message
//     "to X:" after a contrast clause ("Vroom said …, but a top official
//     rejected that idea in an email to Ms. Vroom: “…”") is that
//     clause's subject's, never the recipient's. A sentence
//     opening with a name
//     and a short predicate before a colon ("Tanaka was blunt:") names
//     its speaker, after a clause opening the sentence too ("When the
//     president accused …, Mrs Pelosi was observed twice mouthing:"),
//     whatever speech verb that clause has.
//   - A bare quotation answering a quoted question is not the asker's;
//     a question after "asked by" is ("Asked by Associate Justice Samuel
//     Alito “can the mandate be viewed as a tax?” Verrilli responded").
//   - No one speaks of themselves by name: an office's bearer named in the
//     words ("“… than John Kasich,” the Republican told CNN") is not the
//     one the office stands for there, who is someone unnamed.
//   - A topic before a colon ("• On Obama: “It's a hard job.”", in a
//     list of what someone said on each) is no speaker.
//   - An office alone opening a sentence ("The president said: …") is
//     the one person the article gives that title, after a conjunction too
//     ("But the president said …"; "Sen. Ted Cruz" is
//     "the senator", "Pres. Joe Biden" "the president"; "the congresswoman" is no "Rep." the article calls
//     "he"; "Vice President Mike Pence" is not "the
//     president" but "the vice president", whom a pronoun after that
//     office stands for too (never the president's); "Attorney General Jeff Sessions" is "the attorney
//     general", never "the attorney", and "deputy US Attorney General Rod
//     Rosenstein" neither), or no one; a qualified office
//     ("The US president was blunt: …") is no one's, never its
//     qualifier's; "the former president" is only someone introduced
//     as one ("former President Bill Clinton"). Opening the main clause, it outranks a name after it
//     ("…, the president was asked if he had undercut Tillerson"), and
//     a pronoun after it in its sentence is its bearer.
//   - A name inside quotation marks is someone the speaker talks about:
//     it is never a pronoun's antecedent, nor is the one a pronoun speaks
//     of ("“…,” he said of Jones" is not Jones's).
//   - A news site's link card pasted after a lawmaker's name ("Sen. John
//     Thune John Randolph ThuneSenate GOP waves … MORE (R-S.D.) said") is
//     read as blank space: it is not part of the name, and its headlines'
//     quotations are no one's words here. MaskLinkCards lets callers read
//     an article so when they look for who it names.
//   - Generational suffixes are dropped from names ("Jane Doe III" is Jane
//     Doe), except a son's the article tells from his father by it ("Trump
//     Jr. replied" beside President Trump, or "Donald Trump Jr." after a
//     "Trump said" that was the father's); party and state in parentheses
//     may sit between a name and its verb, and so may party and state set
//     off by commas before a role ("Rep. Ileana Ros-Lehtinen, R-Fla.,
//     former chairwoman of the committee, said": not "R-Fla").
//   - A role with "of" inside it is one role: "said Obama chief of staff
//     Denis McDonough", "White House chief of staff Denis McDonough said"
//     and "according to Pelosi spokesman Drew Hammill" are the
//     officer's, not the name qualifying the role ("Marco Rubio of
//     Florida" has nothing before its "of"; "the director of the Missile
//     Defense Agency" governs the agency). A source after "according to"
//     is not the speaker of narration with a speech verb of its own ("The
//     court has justified its policy by saying the plaza is “…,”
//     according to law professor Mark Rienzi"). "SANA reported Prime
//     Minister Wael al-Halqi as saying" after a quotation is his, and so
//     is one right after a relative clause's verb ("Sen. Mazie Hirono
//     (D-Hawaii), who complained “…”"), unless the verb is about a title
//     ("who wrote “The Last Republicans”").
//   - No one calls themselves by their given name alone: "“How good would
//     Ivanka be?” Trump said" is the other Trump's, not Ivanka Trump's,
//     when the family name has one other bearer named in full (a titled
//     family name, "Mrs. Honeychurch", is left as it is, and so are words
//     naming someone in full: "they don't like Donald Trump"). An office
//     a bare family name holds ("President Trump" beside "Ivanka Trump")
//     is not passed to someone else named in full with it ("NEA President
//     Lily Eskelsen Garcia"): "the president" is then no one. A son named
//     with a comma before his suffix ("Donald Trump, Jr.") is the son, as
//     without it; a family name the body used alone ("“…,” Trump said")
//     is not a relative named in full only later ("the president's
//     daughter and adviser, Ivanka Trump"); a group a headline writes as
//     a name ("Prosecutors had alleged he …") is no "he"; and one the
//     speaker says replied ("“…,” he said Trump replied") is the
//     quotation's speaker.
//   - A clause opened by "after", "when", "because" … has its own
//     subject ("… admitted to the country right after Obama said it was
//     “…”" is Obama's, not a name the "to" governs; a pronoun there is
//     left to the rules before); a clause set off
//     after a name that opens with a verb is no role ("Kelley, 26, was
//     also shot …, said Freeman Martin" is not Kelley's report); a
//     question's asker may come after a role and with party and state
//     ("Asked by one lawmaker, Rep. Ted Lieu, D-Calif., whether “…?”");
//     and a work may be dated before its noun ("Gadhafi's Feb. 22, 2011,
//     speech in which he pledged …").
//   - A Korean name written family name first ("Yun Byung-se", "Kim
//     Jong-un") says nothing of its bearer's gender: its "Kim" is no
//     woman's given name. "Allies of Obama and Hagel said" is neither of
//     them speaking; a press secretary is someone unnamed, like a
//     spokesman; and someone's words spoken of in a participle set off
//     after them ("Obama rejected Boehner's contention on Monday, saying
//     the speaker “should prove it”") are the participle's subject's.
//     A request someone reports with "asked" ("Sanders told reporters
//     Trump has asked his Cabinet agencies to “look and see …”") is in
//     the reporter's words. "Proclaimed" and "declares" are speech verbs. A
//     possessive right before a quotation is what the words speak of
//     ("Trump’s “corporate leadership,” he concluded, “is …”" is not
//     Trump's).
//   - A word opening a sentence is no given name when it is a participle
//     opening a clause set off by a comma ("Using Twitter, he threatened
//     …") or a question's auxiliary ("Would Warren endorse …?"), nor are
//     the sharing links a page prints before a caption ("Facebook Twitter
//     Pinterest Warren speaks") or a plural title before a list ("Messrs.
//     Cohen and Trump"); each would make someone new who takes the family
//     name's later mentions. A participle with no clause set off after it
//     may open a name ("Rolling Stone publisher Jann Wenner").
//   - Someone unnamed who reports a sentence speaks it, not the one named
//     in it: "A former executive said Hunter had told him …", "At one
//     point, the executive said, Hunter called him", "…, a U.S. government
//     source said Monday.", "…, according to the source." A likeness
//     ("Trump reminds me of the Know-Nothing movement") is no speech.
//   - A participle after a quotation speaks for the sentence's subject:
//     in "the aide said he “immediately dismissed the offers,” adding that
//     he reported it", the "he reported" is not the quotation's cue. A
//     name qualifying investigators before a colon ("The Mueller
//     investigators write: “…”") is not the one writing, and a memo's
//     author may follow a role that opens with a name ("a memo from NBC
//     News chairman Andrew Lack"). "The House" is not the White House.
//   - Questions and answers: a question the narration puts before a reply
//     ("Asked point-blank, “Is that picture you?” Weiner replied") is not
//     the replier's, and an answer labelled as one ("His response: “…”")
//     is not the asker's. Words quoted in a clause opening the sentence
//     with a named subject of its own ("When Mr. Biden went after Mr.
//     Romney's remark about the “47 percent,” Mr. Ryan reminded …") are
//     not the main clause's speaker's. A participle's phrase opening a
//     sentence comes before its subject ("Amplifying the campaign message,
//     he said …"). The chief justice is not one of the justices.
//   - A question put after a phrase opening the sentence ("Weeks before
//     the election, asked if the campaign was “in cahoots” with
//     WikiLeaks, Pence denied it") is not the answerer's. The one a clause
//     closing a sentence reports speaking (", when Senate Majority Leader
//     Mitch McConnell, R-Ky., suggested …") speaks on in the "he said"
//     after it, when no one is named after them; a pronoun in a message's
//     relative clause ("a quote from Mrs. Clinton in which she said") is
//     the one it is from; and a title "in chief" is no part of the name
//     after it ("BuzzFeed Editor-in-Chief Ben Smith"). So does the one a
//     relative clause closing the sentence reports speaking ("Justice
//     Antonin Scalia who said he was whipsawed by the claims. “…,” he
//     said"), unless they told someone ("who told him"), whom the "he"
//     may be.
//   - Pages that set each sentence on a line of its own carry a quotation
//     over lines with no mark reopening it (“That’s just one segment …¶
//     The world is so much bigger than Farrakhan …¶ … my thing,” he
//     said): a closing mark with nothing open, a speech verb right after
//     it and at most two lines after a quotation left open closes that
//     quotation, and the lines between are its words, so the names in
//     them are no pronoun's. Without the verb the mark closes nothing.
//     Words so carried are the cue's speaker's, not those of the one
//     whose quotation the paragraph before them closed.
//   - A name inside a quotation opening the sentence is not the subject of
//     a participle after its inverted cue ("“John is someone who …,” the
//     source said, adding that “…”"). Someone whose relative clause
//     reports a request ("Michael Cohen, who says Trump asked him to
//     arrange the transactions") reports the sentence, as they would a
//     request in a quotation. Words quoted in a phrase of topic opening
//     the sentence ("As for the question of her “intent,” Horowitz
//     said") are its topic, not its subject's.
//   - One set off with a speech verb of their own between a subject and
//     its verb reports the sentence ("Martini, Fausti said, urged Benedict
//     to resign"). Words quoted in a relative clause about a message ("a
//     confidential letter from Pope Francis dated 2015 that “reveals the
//     bishops’ concern …”") describe it and are not its author's.
//   - A cue ending in a colon hands over to the quotation after it even
//     when the one before opens its sentence, if that one ends a sentence
//     of its own: "“… What am I doing there?” LTA chief executive John
//     Crowther added: “…”" leaves the first to the speaker before.
//   - One who rejects what the sentence's first speaker said speaks on,
//     before the words that speaker's quotation holds: "Hewitt said he had
//     had a “gutful” … but Tennis Australia's Geoff Pollard rejected his
//     comments. “…,” he said" is Pollard's.
//   - Words quoted in what a verb reports and left no one's ("Mr Doherty
//     said gamers were “ravenous” for …") do not stop that sentence from
//     saying whose words a bare quotation after it goes on with.
//   - A name set off after the one a preposition governs is the subject:
//     "the play's organiser in Uganda, Sarah Mukasa, told the BBC",
//     "Japan's Ambassador to the United Nations, Koro Bessho, told".
//   - Someone described by a trade, an age or where they are from ("The
//     Scot initially defended Beattie", "the 74-year-old comedian") is
//     no one named after it in the sentence: after a verb, the one bearer
//     of that role or no one; as a subject a pronoun goes back to, the
//     subject of the last sentence that opens with a person's name. A
//     subject called by one name ("DiCaprio, who lost out … to Foxx,
//     will face him again") is theirs, not the one its relative clause
//     names.
//   - "Mr", "Mrs", "Ms" and "Miss" go before a family name: "Mr Howard"
//     is not Howard Flight, whose given name it is (family names put
//     first, "Mr Xi", "Mr Kim", are still Xi Jinping's and Kim
//     Jong-un's). "MP", "MSP", "MEP" and "Tory" are titles. A sentence
//     opening with someone unnamed after a conjunction ("But a spokesman
//     for the Home Office defended …") leaves a pronoun after it no one
//     the article names.
//   - A sentence closing with its speaker's name, an appositive and the
//     verb (", Tong Zhao, fellow at the Carnegie-Tsinghua Center, told
//     CNN.") hands over to a pronoun after it, not the first name in it.
//     The tabloids' "Brit" before a full name ("Brit Kartik Bhanot") is
//     where someone is from, not a given name. Someone unnamed who
//     speaks of a woman ("A Downing Street spokesman said PM Theresa May
//     was …") leaves a "he" after it theirs, not the last speaker's.
//     Words someone recalls another speaking ("He recalled the pilot
//     telling the passengers: …") are the other's. A name after "aka"
//     is a nickname ("Phil Plait, aka “The Bad Astronomer.”"). A name in
//     a relative clause of an opening participle's phrase ("Citing the
//     agreement, which Mr. Netanyahu opposed, and the military, he said")
//     is not whom the pronoun after the phrase stands for. Words a body
//     passes on "quoting the agency director" are the director's, whom
//     the article does not name. A title before "director", "author" or
//     "novelist" ("“Pulp Fiction” director Quentin Tarantino") is a
//     work's, and so is one opening a sentence before a noun ("“Friday
//     of Martyrs” protests were also staged"). Someone unnamed may have
//     three words before the noun ("a high school English teacher").
//   - Reported speech whose pronoun follows a quotation by someone the
//     article does not name ("One Chinese journalist said … “…,” he
//     said. … Asked if …, he said that …") is theirs, not that of
//     whoever was named before. A sentence of nothing but a speaker, a
//     speech verb and maybe a day after a quotation closed by a stop
//     ("“… one great culture.” Kmart Chairman Edward Lampert said
//     Thursday.") attributes it, as a comma there would. In paragraphs
//     run together, a quotation in the sentence the last speaker's words
//     end in does not go to that sentence's subject ("John Reid … found
//     himself under attack … while the Tories said he was adopting a
//     “nanny state approach” by extending … into “individual liberty and
//     lifestyle”"). A quotation narration hands over to with a colon
//     after naming its author ("a quotation from Thomas Jefferson that
//     Taricani said he wants to read in court: …") is the author's. A
//     person, "of" and where they work before the verb after a quotation
//     ("“…,” Thom Brown of Butcher and Singer said") is its speaker;
//     a body so named ("Bank of America said") is not read as one. A
//     quotation whose own cue names someone the article does not ("…," a
//     foreign analyst said) ends the run of the last named speaker for
//     reported speech too ("He added that …" after it is not theirs).
//     So before the verb: "Chris Callies of Merrill Lynch said …" is
//     Callies', not the firm's, unless a person named follows an "and"
//     ("Susan Collins of Maine and Lisa Murkowski said").
//   - A given name that is a country's (Israel, Jordan, Georgia, Chad,
//     India) alone is the country: "Israel said" beside "Defence Minister
//     Israel Katz" is not his.
//   - Words after "the term", "the label", "the slogan", "the motto" or
//     "the moniker" are a term ("prefer the term “climate
//     restoration”"); after "the phrase" or "the word" they are as often
//     someone's ("the phrase “drain the swamp” had been trending").
//   - A name run right before a number is a numbered thing ("Teamsters
//     Local 90", "Apollo 11") or a row of a poll ("Hillary Clinton 45"),
//     not a person or a mention of one.
//   - People named by what they do or are (doctors, police, protesters)
//     speak for themselves after a conjunction opening their clause, with
//     no "the": "Mbumba said he was present when doctors told those at
//     the hospital: “We just lost him.”" is the doctors', not Mbumba's.
//     Elsewhere a bare plural is as often what a speaker reports ("Gessler
//     said 430 registered voters have acknowledged …").
//   - A few lower-case words opening a clause after its conjunction, as
//     its subject, are a term: "While “quick edit” will be free, Strava
//     says …" names a feature.
//   - In reported speech, a speaker and verb after "told … that" or "said
//     … that" are what the teller reports: "Timofeev did not respond …,
//     but told the portal in August that Papadopoulos had emailed him" is
//     Timofeev's report, not Papadopoulos's words.
//   - "Confessed" and "confided" are speech verbs: "When she read those
//     words, she confessed, she had “a mild heart attack.”" had gone to
//     whoever spoke before.
//   - A sentence opening "According to a source," (or "two people
//     briefed on the talks", "the officials") is that source's account of
//     what its subject said, someone unnamed's: "According to a source,
//     Kelly told James Murdoch that …" is not Kelly's words.
//   - A sentence opening with a crowd and its verb ("The audience roared,
//     “Lock her up!” as Trump declared, “…”") gives the quotation to the
//     crowd, not to the one named after it, who speaks next.
//   - Words someone was heard, caught or shown saying are theirs, not the
//     speaker's after them: "the recording, which captured the former
//     reality TV star saying he could “…,” host Natalie Morales said".
//   - A source "familiar with" or "close to" something is unnamed: "“…,”
//     a source familiar with Bannon’s thinking tells CNN" is no one's,
//     and "From CNN:" on the line before does not make it CNN's.
//   - A comparison with what someone says is not their report: "… not
//     being as rich as he says"; a speaker after it reports the sentence.
//   - A relative clause a dash sets off after a quotation ("“…”—which
//     Gingrich quickly denied—") is no cue for it.
//   - Someone described by an age ("The 49-year-old told of the abuse she
//     suffers") is not the one named before when the article gives that
//     one another age ("Katie Freeman, 44,"); and a pronoun after such a
//     subject is whom it describes, not the name before it.
//   - In reported speech, a speaker after someone "is claiming" or "was
//     saying" is what the claimant reports: "Tom Arnold is claiming
//     Hillary Clinton begged him to release footage" is Arnold's account.
//   - A group's "first speaker" (or any speaker it owns) is someone the
//     article does not name: "He then said …" after it is not the group.
//   - More trades are titles before a name ("Comedian Tom Arnold",
//     "Billionaire …", "Historian …"): the name is the one after them.
//   - A question put to someone "about" a topic reports no words; a
//     speaker after it in the sentence reports it: "Steve Kroft asks
//     President Obama about the lack of progress in Syria, but Obama says
//     improvement takes time" is Obama's.
//   - A pronoun that speaks of someone before a name and again after it
//     is no clue to that name's gender: "At lunch, she waited in line …,
//     recalls Panh, and she never raised her voice" leaves Panh the "he"
//     who says what follows.
//   - Manner verbs in the present tense of features are speech verbs
//     ("yells", "shouts", "whispers", "jokes", "gushes", …), and so are
//     "goes on to explain" and "went on to say": "“A-Rod’s in the house,”
//     someone from the audience yells" is no one the article names.
//   - Kinds of film and music name a work: "the psychological thriller,
//     “Underwater.”" is a title.
//   - The writer's own question ("“How did you get through?” I ask") is
//     no one's the article names, and the one interviewed speaks on; after
//     "I ask the girl if …" the "she" who answers is the girl, not whoever
//     was named before.
//   - Someone described after a quotation ("“She's not married,” said
//     Brandi Cyrus. The pop singer addressed …") is whom it quoted last;
//     legends, icons and socialites are described people too; and a
//     capitalized word joined to a participle ("Emmy-winning",
//     "Oscar-nominated") describes someone without naming them.
//   - One a reporter reports speaking ("Gertz reported that a
//     counterterrorism expert, Sebastian Gorka, explained the events …")
//     is the "he" who speaks on after it, not the reporter.
//   - "“Keep running, bro!,” he said Brown yelled" is Brown's: whom the
//     one quoted says yelled, shouted, asked or wrote the words.
//   - Someone named in a relative clause on an unnamed subject ("One
//     longtime NBC employee who has worked with Williams …") is not the
//     "he" who speaks after it.
//   - The pronoun opening a main clause is the name opening the clause
//     before it ("Although McCarthy describes himself as an “optimistic
//     conservative,” he says …"), unless that clause holds an object
//     pronoun ("After Smith fired him, he said") or the pronoun's verb is
//     set off ("While Trump had some accomplishments, he said, “…”": the
//     clause is the words).
//   - A main clause whose speakers are unnamed ("Though Leahy noted the
//     hearing would be the fourth, Republican senators complained …") is
//     theirs, not the one named in the clause before it.
//   - Adverbs and verbs opening a sentence ("Thus McCarthy’s overtures",
//     "Can Trump win?", "Maybe Putin") are no given names: taken for one,
//     they made a second bearer of the family name, and every later
//     "McCarthy" stood for no one.
//   - A paper editorializes and a politician denounces: both speak.
//   - A label followed by who gave it ("the “deporter in chief,” as
//     Obama was labeled by immigrant rights activists") is the givers'
//     words, whoever the sentence's speaker is.
//   - Pages, websites, hashtags, newsletters and manifestos name works:
//     "his campaign manifesto “Great Again: …”" is a title.
//   - A verb of naming after a quotation whose object and what it is
//     named follow ("“torture boner,” called conservative columnist
//     Robert Novak a “vampire”", "“…,” ABC’s Lara Spencer called him a
//     “comedy cultural juggernaut.”") cues neither the name after it as
//     the speaker nor the quotation before it.
//   - "Team Obama" names a campaign, not a second Obama; "Recall Obama
//     promising …", "Remember", "Imagine" and "Meet" open a sentence
//     and are no given names.
//   - "Graham said …, and Kennedy added that …. “…,” he said" is
//     Kennedy's: the speaker of a clause joined by "and" speaks on. So
//     is the one named right before a colon ("…, led by Maxime Bernier:
//     he has vowed …"), whatever governs the name.
//   - "And referring to Durbin and Feinstein, he said" is not theirs: the
//     phrase names its topic. Bemoaning and lamenting are speech.
//   - "…, screaming at Sarah Huckabee Sanders, “…?!”" is the subject's,
//     not the speaker of the sentence after it.
//   - An aside that reports words of its own ("(his spokesperson later
//     said Walker was objecting …)") does not keep the pronoun before it
//     from the name it holds.
//   - Words whose opening mark is missing, then their speaker ("[…] …
//     in which Kevin explained his views,” wrote Goldberg.") are no
//     report of the one they name, and their speaker speaks on.
//   - "Zuckerberg has said he’s open to …, but Facebook has opposed …,
//     noted Joe Jerome, policy counsel at …" is Jerome's: a speaker
//     named after a speech verb closing the sentence reports it.
//   - "The Post’s somewhat conservative blogger Jennifer Rubin summed it
//     up nicely: “…”" is Rubin's: an outlet and the role it gives come
//     before the colon's subject.
//   - "When pressed by NPR on whether this policy was “cruel and
//     heartless,”" quotes the question, not the one who answers it.
//   - "Woodward quotes Trump’s outside counsel John Dowd as saying that
//     Trump “just made something up”" is Dowd's.
//   - "Mike Pence—who campaigned on “…”—" is Pence's: an aside on
//     someone that quotes them, not the sentence's subject's.
//   - Pointing out is speech; "Democrats' “abuse of power” charge" and
//     "Trump’s complaint about “…”" are their owners' words.
//   - "For Mr. MacLeod’s part, …, he says" is MacLeod's: whose part it
//     is opens the sentence, not what he says.
//   - "Correa has called reporters “rabid dogs” and “assassins with
//     ink,” according to the Monitor": both are Correa's, the list's
//     second too. "Biden’s recent prediction that Republicans will have
//     “an epiphany”" is Biden's.
//   - A sentence in an embedded tweet that reports someone's words as
//     news does ("Corbyn says he wishes PM & his family well", "…,
//     Buckingham Palace announces") is theirs, not the tweet's author's.
//   - "Today, as Pope Francis greeted President Trump with a warm
//     “Welcome,” Trump responded" is not Trump's: a word of time before
//     the opening clause does not join it to the main one. "Addressing
//     his “good friend” Israeli Prime Minister Benjamin Netanyahu, the
//     president remarked" is the president's, not the one addressed.
//   - "When asked about Trump’s complaint that he was being undermined,
//     Romney said, “…”" is Romney's: the complaint's clause ends at the
//     comma before him.
//   - "the French embassy in London" and "in Texas O'Rourke gets tough"
//     name places: no one called London, nor Texas O'Rourke, takes the
//     "she said" or the "O’Rourke" after them. An apostrophe straight or
//     curly names one person: "O'Malley" in a quotation is the narration's
//     "O’Malley", so "he said" after it passes over him.
//   - "Flatiron publisher Bob Miller issued an apology in which he wrote"
//     is Miller's: a name before a role and another name qualifies it.
//   - "Drawing from Tocqueville’s observation that Americans “are forever
//     brooding …,” he noted" is Tocqueville's: words going on from the
//     subject of someone's observation are theirs, whoever speaks after.
//   - "he recalls his Army commanders referring to the unit’s role as a
//     “cleanup crew,”" is the commanders', not his; "movies such as
//     “Contagion”" and "the last name “Gonzalez”" name no one's words;
//     "Clinton and Kaine continued their “Stronger Together” tour" is no
//     speech.
//   - "Yuri" in the news is a man's name, whatever the US census says;
//     "Southern Command" is no person; "but town officials said “…”" is
//     theirs, not the one who spoke before; "Floyd also can be heard
//     saying “…”" is Floyd's; words printed on a shirt, or a slogan on a
//     hat ("a red “Keep America Great” hat"), are no one's speech; and
//     "When Wilcox asked his students …, 62 percent said …" is not
//     Wilcox's report.
//   - "Gov. Jim Justice" is a Justice, as "Martin Luther King" is a King.
//     "Benson’s mother, Joie Gates, emailed Austin, saying, “…”" is hers:
//     a verb that takes an object, set off by commas, is no "said Aaron
//     Wilson" with its subject after it.
//   - Titles: "her 2017 book, “Women against Abortion: …”" keeps small
//     words in lower case, "his article “How Do Wings Work?”" asks no
//     question, and "under the banner of “tax reform”" names something.
//   - "Synek also told the Examiner the employee declared, “…”" is the
//     employee's, whom the article does not name, not Synek's; "Fox News
//     reported Reade’s words: “…”" is Reade's; "“Any idea why …?” Colonel
//     Vindman called the suggestion “preposterous.”" leaves the question
//     to whoever asked it; "“Shark Week” on the Discovery Channel" is a
//     programme.
//   - Railing, ranting, thundering and scolding are speech; "Durbin’s
//     description of him as “…”" is Durbin's; "Outraged over reports that
//     Trump said he wanted fewer immigrants from “…,” Green added" is
//     Trump's; and "President Donald Trump Wednesday said" names Donald
//     Trump, not a man called Wednesday nor no one.
//   - A pull quote or a heading that repeats words quoted elsewhere in the
//     article is the speaker's of those words, when only one person said
//     them; "Long-time Trump-watcher Michael D’Antonio" and
//     "Speaker-designate Nancy Pelosi" are named without what describes
//     them; "the word “Negro”" and "caricatured him as “King Andrew”" name
//     no one's words.
//   - "Bolton — who declined to testify because the White House told him
//     not to — accuses the House of committing “…”" is Bolton's; "Senator
//     Rand Paul basically saying, “…,” he said" is Paul's; "Colbert asked
//     O'Reilly …, and a very loose O'Reilly said …. “…,” he said" is
//     O'Reilly's; "a comment Mr. Romney gave in an interview with the Des
//     Moines Register, in which he said “…”" is Romney's, not the
//     paper's; and "A representative told me … “…,” she said" is someone
//     the article does not name.
//   - "Stewart received an unexpected, hysterical call from Ailes. “…!” he
//     screamed" is Ailes's; "a Chicago police officer told them …. “…,”
//     the officer said" is that officer's, whom the article does not
//     name, not the "Chief Education Officer" it named before;
//     "Congressional sources also told Fox News that Olsen was reprimanded
//     after he testified" is the sources', not Olsen's; and "laid off, or
//     “retrenched.”" offers another word, no one's speech.
//   - "“You’re going to Juarez,” David said one agent told him. “Deal with
//     it.”" is the agent's, whom the article does not name; bare questions
//     and answers going on in turn, each a paragraph of its own ("“No
//     doubt in your mind?” ¶ “Zero.”"), are the asker's and the
//     answerer's two quotations before.
//   - "“You should know,” his older brother said" is someone the article
//     does not name; "“…,” she said he told her" and "she recalled him
//     telling her" are his; "While Mayor de Blasio had declared …, General
//     Flynn has no doubt …: “…,” he said" is Flynn's, and so is "in General
//     Flynn’s opinion, “…”"; "Vice President of Global Distribution Alonzo
//     Plater" is Alonzo Plater.
//   - "(A DOJ spokesperson blamed the debacle on “…”)" and "“…,” reads a
//     recent news release" are no one's the article names; "David Duke"
//     and "Erik Prince" are names; "Smith: “…”" in a transcript is Smith's
//     turn; "Ryan says NATO is an “indispensable ally”; Trump has said …"
//     is Ryan's; "Shortly before Clinton’s inauguration, he told …" is
//     not Clinton's.
//   - Speech verbs count in the present tense too ("vows Bannon",
//     "concedes"), but not those that are nouns too ("remarks") nor
//     "announces"; a tweet quoting someone with a cue of its own reports
//     their words, not its author's; "Flynn broke in with the words: “…”"
//     is Flynn's.
//   - A title names no one named only in a later paragraph; a camp
//     closing a sentence ("…, conservatives said") reports it; "The
//     complaint against President Trump says" is the complaint's; "Steele
//     continued to talk to Bruce Ohr" and "said a blessing" are no speech;
//     "prompting Tapper to point out: “…”" is Tapper's; "— Ben (@BenHowe)"
//     signs for the handle, not for Ben Sasse.
//   - A relative clause between double hyphens is an aside; "When the
//     parson prevailed …, he declared" and "Iran's foreign minister told
//     CNN …, which he said" are someone unnamed; "His informants said …"
//     is the informants'; no pronoun stands for "GlobalPost"; "he
//     responded" after "asked Trump about …" is Trump's; "According to
//     Comey, …" is Comey's account.
//   - Titles and terms: "host of “The Jimmy Kimmel Show,”", "his study of
//     the office, “…,”", "a paper published in 1964, “…”", "the liberal
//     “Maddow Blog.”", "interview with Maria Bartiromo for “…,”", "a Fox
//     News “Fox and Friends” interview", "phrases like “…”", "the phrase,
//     “…”", "a designation: “…”", "the headline: “…”", "“The Mooch,” as
//     Scaramucci is … referred to", "the new “…” office".
//   - Bodies named with "of", "for" or "to" are named whole: "according to
//     the Center for American Progress", "the Department of Health and
//     Human Services said", "Freedom for Immigrants"; a title and a name
//     after one are its officer ("said Club for Growth President David
//     McIntosh"); "Prosecutors for Apple argued" names no body, and
//     neither does "director of the CDC's National Center for …" speak.
//     "Opined" is speech; "another College Board report, “Education
//     Pays”" is a title.
//   - "about reports that the coronavirus is “losing potency,”" and "a
//     report that Sanders told Warren …" are the reports'; "A “ranting and
//     raving” Trump" describes him; an aside closing with its quotation
//     ("… “completely despicable.”) Clinton said") is not the next
//     clause's; "identified by Goldstone … as “…”" is Goldstone's; "the
//     Preamble -- including its call for a “…” – he said" is no one's
//     the article names; "According to the Post, Trump told …" is the
//     Post's; "the Hamas-run Al Rai website" is not Hamas; "he called
//     Thomas’s statement “…”" is not Thomas's (no one named in a
//     pronoun's own clause is who it stands for); "He went on to vote …"
//     is no speech.
//   - "…, says a court filing first reported by …" reports the sentence;
//     "wherever president Trump says it does" reports nothing; "It said
//     when Slager warned …, “…”" is not Slager's; “Bernie!” pins bear a
//     slogan; "Pope Francis" is not Francis DeBernardo; "which titled the
//     piece “…”" gives a title.
//   - "calls it “The Emotional PPE Project”" and "In “The Black Riot,”
//     Raven Rakia argues" give titles; "…, its website said" after a
//     quotation is the thing's; "with Mitt Romney's campaign calling the
//     remark “…”" is the campaign's, and "lead CNN’s Ronald Brownstein to
//     write that “…”" his. "Trump's call, in which he asked" is Trump's;
//     a phrase joined to the one opening a sentence (", and again with
//     George Stephanopoulos of ABC News,") names no subject; after "For
//     Lumumba’s part," the pronouns are Lumumba's; a title opening a
//     sentence ("Last week, the senator showcased her …, when she said")
//     is its pronoun's; one questioned ("questioned her on …") answers
//     the "she said" after; one who told another what they think ("…
//     Rand Paul, R-Ky., who told Kerry that …") speaks on; one who
//     "agreed." says the quotation after, and "“…,” agreed his friend
//     Scott Friedel" is Friedel's, but not after words closing their own
//     sentence, which he agreed with.
//   - "…, the White House says." and "…, the staff member added." report
//     the sentence; "The three women who spoke to … all said" keeps it
//     theirs; "wrote a computer script", "called Trump afterwards" and a
//     name after "obtained by" are no speech; a tweet's sentence that is
//     all quotation is not its author's; "California Mormon Brooke
//     Crosland" is Brooke Crosland; "Senator Harris’ critique … is
//     evidence …, she says in an email" is not Harris's.
//   - "“I am the law,” she said he once told her" and "Khozhugov recalled
//     the mother saying" give the words to the one told of; "wrote
//     provisions of the … Act" and "has declared a national emergency"
//     are no speech, nor is "can Hague say who they are", a question;
//     "When Kaine demanded …, Pence ducked and talked about …" is Pence's;
//     "If she believed …, she would not be endorsing Biden. “…,” she
//     said" keeps to the pronoun, not the name in the clause; "they say"
//     after "some regional analysts say" is theirs, no body's quoted
//     before; "a bill that President Museveni has pledged to sign will
//     mark a “step backward”" is not Museveni's; "“The Daily Show’s”
//     Trevor Noah" opens with a title; "“…,” the Washington Post
//     reports." is the paper's; "…, he says." closing a sentence is not
//     one named in the clause before it; "fired for saying, “…,”" in a
//     clause opening the sentence is not the main clause's speaker's;
//     "decried" is speech ("echoed" is not: it mostly repeats another's
//     words); a later sentence's quotation of up to twelve words that
//     names the last speaker ("What do you think of what Trump tweeted?")
//     is not theirs; "a book released on … called “…”" and
//     "banners …, reading “No Collusion”" give titles and signs; "the
//     elder Conyers" is the one the others are relatives of; "He denied
//     …" after "Russia’s ambassador to Iran said" is the ambassador's.
//
// Files: quotes.go finds the quotation marks, people.go who is who
// (names, genders, titles, pronouns), attribute.go gives each quotation
// its speaker, verbs.go the speech verbs, cues.go the cues next to a
// quotation (cuerules.go its rules, in the order they are tried),
// subjects.go the subject opening narration, resolve.go the person a
// name or title stands for, antecedent.go the person a pronoun stands
// for (ownsentence.go and sentencebefore.go its rules reading the
// pronoun's sentence and the one before, in the order they are tried),
// clauses.go the shapes of clause around a name that tell whether it can
// speak, paraphrases.go reported speech, titles.go the quoted titles and
// terms that are no one's words, names.go the word lists and name
// patterns, orgnames.go the bodies named with "of", "for" or "to",
// rollovers.go the link cards left out, shared.go the cues and reported
// speech read by a helper goroutine beside attribution.
package quotes
