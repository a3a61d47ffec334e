#!/bin/sh
# prepare.sh fetches the public data the dev harnesses under internal/eval
# read into internal/eval/.data (git-ignored). Run from the module root:
#
#	sh internal/eval/prepare.sh
#
# EXTRACTION_SRC, WCXB_SRC, UTOMO_SRC, POSTLIGHT_SRC, NEWSPAPER_SRC, GOOSE3_SRC,
# TRAFILATURA_SRC, BBC_SRC, FAKEREAL_SRC, WEBIS_SRC, REUTERS_SRC, HORNE_SRC,
# ALLSIDES_SRC, BASIL_SRC, PTC_SRC, NEWSCLUSTER_SRC, KPCROWD_SRC,
# REUTERS1987_SRC, WIKINEWSSUM_SRC, FUNDUS_SRC, HYPERPARTISAN_SRC, CELEBRITY_SRC,
# FNC_SRC, PDNC_SRC, BOILERNET_SRC, CETD_SRC and FRANK_SRC
# may name local clones instead of GitHub.
set -eu
data=internal/eval/.data
mkdir -p "$data"

# checkout SRC DST COMMIT PATTERN... clones SRC into DST once, without
# blobs, and checks out COMMIT (the default branch when empty) with only
# the paths PATTERN... names.
checkout() {
	src=$1 dst=$2 commit=$3
	shift 3
	if [ ! -d "$dst/.git" ]; then
		git clone --quiet --no-checkout --filter=blob:none "$src" "$dst"
	fi
	git -C "$dst" sparse-checkout set --no-cone "$@"
	git -C "$dst" checkout --quiet ${commit:+"$commit"}
}

# Extraction: Dragnet (news and blog pages, 2012), L3S-GN1 (Google News
# pages, 2008, via geodrome/page-signal), Mozilla Readability's test pages,
# CleanEval and CleanPortalEval, in the common folder layout of
# j-szulc/html-cleaning-dataset-merged. Not the Zyte/scrapinghub pages,
# which are held out. Licences stay with their owners (L3S-GN1: research use
# only; the Readability pages are copies of others' articles), hence nothing
# of it is committed.
dst="$data/extraction"
checkout "${EXTRACTION_SRC:-https://github.com/j-szulc/html-cleaning-dataset-merged}" "$dst" \
	"" '/dragnet_data/*' '/page-signal-master/*' '/readability/*' '/cleaneval-final/*' '/CleanPortalEval-master/*'
echo "extraction data in $dst"

# Extraction: WCXB, Murrough Foley's Web Content eXtraction Benchmark
# (2026, CC-BY-4.0): pages of 2025 of seven types, the main content of each
# written out and reviewed by hand. Only its development split is checked
# out: the test split is WCXB's own holdout and stays unread.
dst="$data/extraction/wcxb"
checkout "${WCXB_SRC:-https://github.com/Murrough-Foley/web-content-extraction-benchmark}" "$dst" \
	"c039d5ee9f5a3a984a0e167e63aacd04e76e78a9" '/dev/*' '/LICENSE' '/README.md'
echo "WCXB development pages in $dst"

# Extraction and speakers: Utomo and Leu's sets (MSVCode/ir-research-data,
# research use only, so nothing of it is committed): ten pages of each of
# nine news sites in each of 2005, 2009, 2013 and 2017, and 360 pages of
# 2017 web searches, each with its text written out by hand. Not its
# clustering data, which the harnesses do not read.
dst="$data/extraction/ir-research-data"
checkout "${UTOMO_SRC:-https://github.com/MSVCode/ir-research-data}" "$dst" \
	"cbb428cea48e1392496a6542b610fb422a436b52" '/Extraction/*' '/README.md'
echo "Utomo and Leu's pages in $dst"

# Speakers: Postlight Parser's test pages (postlight/parser, MIT/Apache-2.0
# code; the pages are copies of others' articles, so nothing of them is
# committed): 170 pages of 2016–2020 from news sites and blogs, read
# through go-trafilatura alone.
dst="$data/extraction/postlight-parser"
checkout "${POSTLIGHT_SRC:-https://github.com/postlight/parser}" "$dst" \
	"e8ba7ece291efa4d915d50dd4deeec17d54359f2" '/fixtures/*' '/LICENSE-MIT' '/LICENSE-APACHE'
echo "Postlight Parser's test pages in $dst"

# Speakers: newspaper's test pages (codelucas/newspaper, MIT code; the
# pages are copies of others' articles, so nothing of them is committed):
# 157 pages of 2013–2015, mostly US and UK news sites.
dst="$data/extraction/newspaper"
checkout "${NEWSPAPER_SRC:-https://github.com/codelucas/newspaper}" "$dst" \
	"1618b547f31c2d1fd19ae3b6afd8f7542dd02074" '/tests/data/html/*' '/LICENSE'
echo "newspaper's test pages in $dst"

# Speakers: goose3's and trafilatura's test pages (Apache-2.0 code; the
# pages are copies of others' articles, so nothing of them is committed):
# a few dozen news and blog pages each, English and other languages.
dst="$data/extraction/goose3"
checkout "${GOOSE3_SRC:-https://github.com/goose3/goose3}" "$dst" \
	"c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7" '/tests/data/content/*' '/LICENSE*'
echo "goose3's test pages in $dst"
dst="$data/extraction/trafilatura"
checkout "${TRAFILATURA_SRC:-https://github.com/adbar/trafilatura}" "$dst" \
	"e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5" '/tests/cache/*' '/LICENSE'
echo "trafilatura's test pages in $dst"

# Speakers: Greene and Cunningham's BBC News set (ICML 2006; 2,225 articles
# of 2004–2005, the BBC's copyright, distributed for research; nothing of it
# is committed), all five topics (417 politics, 510 business, 511 sport,
# 401 technology and 386 entertainment articles), via a GitHub copy.
dst="$data/bbc"
checkout "${BBC_SRC:-https://github.com/suraj-deshmukh/BBC-Dataset-News-Classification}" "$dst" \
	"e337a35e552c65d996343f80e6403afad9367b3c" '/dataset/data_files/*' '/README.md'
echo "BBC News articles in $dst"

# Speakers: McIntire's "fake or real news" set (2017; US political news of
# 2015–2016, the outlets' copyright, passed around for research; nothing of
# it is committed), a copy of 256 of its rows of which 133 are REAL,
# mainstream news; the harness reads only those.
dst="$data/fakereal"
checkout "${FAKEREAL_SRC:-https://github.com/sudheerakotha/Fake-News-Detection}" "$dst" \
	"9f23f5e72050deec2eaf3712d5e3e58af60cfcbe" '/fake_or_real_news.csv' '/README.md'
echo "US political news (fake or real news, REAL rows) in $dst"

# Speakers: the BuzzFeed-Webis Fake News Corpus 2016 (Potthast et al., ACL
# 2018; a week of September 2016 US election news, the outlets' copyright;
# nothing of it is committed), via a GitHub copy of its article files. The
# harness reads only the mainstream ones (ABC News, CNN, Politico).
dst="$data/buzzwebis"
checkout "${WEBIS_SRC:-https://github.com/ruedigerhass/FakeNews_detector}" "$dst" \
	"390432309a7a74307e337b9296df25b952033489" '/articles/*'
echo "US election news (BuzzFeed-Webis, mainstream) in $dst"

# Speakers: the Reuters half of the ISOT fake news set (Ahmed, Traore and
# Saad, 2017; US politics and world news of autumn 2017, Reuters' copyright;
# nothing of it is committed), via a GitHub copy of its True.csv that holds
# 989 of its rows.
dst="$data/reuters"
checkout "${REUTERS_SRC:-https://github.com/Vatshayan/Fake-News-Prediction}" "$dst" \
	"be794ed4fd40ea715d134873ed91609063953a9a" '/True.csv'
echo "Reuters news (ISOT True.csv) in $dst"

# Speakers: Horne and Adali's fake news data (NECO 2017; BSD-style licence
# for the collection, the articles their outlets' copyright; nothing of it
# is committed): US political news of 2016, one zip, of which the harness
# reads only the real news (BuzzFeed's most shared election stories, and
# ten mainstream outlets).
dst="$data/horne"
checkout "${HORNE_SRC:-https://github.com/BenjaminDHorne/fakenewsdata1}" "$dst" \
	"74545f56e3b62d488eb153cef8e33a0d5e5385dc" '/Horne2017_FakeNewsData.zip' '/README.txt'
echo "US political news (Horne and Adali, real) in $dst"

# Speakers: Baly et al.'s AllSides corpus (EMNLP 2020; the repository
# Apache-2.0, the articles their outlets' copyright; nothing of it is
# committed): US news of 2012–2020, a JSON file per article (475 MB), of
# which the harness reads the news outlets' articles.
dst="$data/allsides"
checkout "${ALLSIDES_SRC:-https://github.com/ramybaly/Article-Bias-Prediction}" "$dst" \
	"ced8111a720948e6a410e52031ace99c4e53f096" '/data/jsons/*' '/README.md'
echo "US news outlets (AllSides) in $dst"

# Speakers: Fan et al.'s BASIL corpus (EMNLP 2019; no licence given, the
# articles their outlets' copyright; nothing of it is committed): 300 US
# political news articles of 2010–2019 from the New York Times, Fox News
# and the HuffPost, a JSON file per article. Its bias annotations are not
# read.
dst="$data/basil"
checkout "${BASIL_SRC:-https://github.com/launchnlp/BASIL}" "$dst" \
	"4fdbc4f68d5ddae648990063cb6dd11424d96222" '/articles/*' '/README.md'
echo "US political news (BASIL) in $dst"

# Speakers: Da San Martino et al.'s Propaganda Techniques Corpus, version 2
# (EMNLP 2019; SemEval-2020 task 11; research use, the articles their
# outlets' copyright; nothing of it is committed): 536 news articles of
# 2017–2019 from about fifty mainstream and partisan outlets, a text file
# each, from the commit of a task entrant's repository that still held
# them. Its propaganda annotations are not read.
dst="$data/ptc"
checkout "${PTC_SRC:-https://github.com/aschern/semeval2020_task11}" "$dst" \
	"84c384d3813a51f4face15086463952ebc2e0993" '/datasets/train-articles/*' '/datasets/dev-articles/*' \
	'/datasets/test-articles/*' '/datasets/README.md'
echo "news of many outlets (PTC) in $dst"

# Speakers: the news_cluster set of Hamborg et al.'s Giveme5W1H (INRA 2019;
# the repository Apache-2.0, the articles their outlets' copyright; nothing
# of it is committed): about 380 English news articles of 2016–2018 from
# some ninety outlets, a news-please JSON file each, grouped by event. Only
# the set's cleaned folder is checked out.
dst="$data/newscluster"
checkout "${NEWSCLUSTER_SRC:-https://github.com/fhamborg/Giveme5W1H}" "$dst" \
	"fb427b8ed9cf07ed7450a01146244903053018a3" '/Giveme5W1H/examples/datasets/news_cluster/data/*' \
	'/Giveme5W1H/examples/datasets/news_cluster/README.MD' '/LICENSE'
echo "news of many outlets (Giveme5W1H news_cluster) in $dst"

# Speakers: Marujo et al.'s 500N-KPCrowd keyphrase set (Interspeech 2011;
# no licence given, the stories their outlets' copyright; nothing of it is
# committed): 500 English news stories of 2011, one zip, from LIAAD's
# collection of keyphrase sets. Its keyphrases are not read.
dst="$data/kpcrowd"
checkout "${KPCROWD_SRC:-https://github.com/LIAAD/KeywordExtractor-Datasets}" "$dst" \
	"8cd1e18ab750143e2075457ef5e0481754e3e966" '/datasets/500N-KPCrowd-v1.1.zip' '/README.md'
echo "news stories of ten topics (500N-KPCrowd) in $dst"

# Extraction: the news pages Fundus (flairNLP/fundus; the repository MIT,
# the pages their publishers' copyright, so nothing of it is committed)
# keeps to test its publisher-specific parsers, with the article each
# parser is expected to take: pages of 2023–2026 from some 150 publishers
# in 40 countries. Only the test data is checked out.
dst="$data/extraction/fundus"
checkout "${FUNDUS_SRC:-https://github.com/flairNLP/fundus}" "$dst" \
	"18da6e53592f99cf0ac5770dc63d6ba99ba63ae8" '/tests/resources/parser/test_data/*'
echo "Fundus's news pages in $dst"

# Extraction: Google-Trends-2017 (Leonhardt, Anand and Khosla, "Boilerplate
# Removal using a Neural Sequence Labeling Model", WWW 2020): 180 pages of
# 2017 found through Google Trends searches, mostly English news and
# entertainment articles, each saved whole with its annotators' labels as
# attributes. BoilerNet's first commit shipped them (mrjleo/boilernet has
# since dropped them from its history; this fork keeps that commit). The
# repository is GPL-3.0, the pages their publishers', so nothing of it is
# committed. Only the raw pages are checked out.
dst="$data/extraction/boilernet"
checkout "${BOILERNET_SRC:-https://github.com/sakata-yusuke-75/boilernet_japanese}" "$dst" \
	"31de39a335bfc6c41da78cb502e75670996cb6d1" '/datasets/googletrends/raw_html/*' '/LICENSE'
echo "Google-Trends-2017 pages in $dst"

# Extraction: CETD's news pages (Sun, Song and Liao, "DOM Based Content
# Extraction via Text Density", SIGIR 2011): a hundred pages of each of Ars
# Technica, BBC News, the New York Times and Yahoo! News of about 2010, with
# the article's text written out by hand, as a text-density extractor's
# repository keeps them. No licence is given, so nothing of it is
# committed. Its Wikipedia and assorted pages are not checked out.
dst="$data/extraction/maintex"
checkout "${CETD_SRC:-https://github.com/ianbig/maintex_Extraction}" "$dst" \
	"cc428f8de93b9a8897dcd07a8e9a477dd2bbd166" '/CETD/arstechnica/*' '/CETD/BBC/*' '/CETD/nytimes/*' '/CETD/YAHOO!/*'
echo "CETD's news pages in $dst"

# Speakers: Reuters-21578 (David D. Lewis's distribution 1.0; Reuters Ltd.
# and Carnegie Group allow its free distribution for research use only, so
# nothing of it is committed): 21,578 stories of the Reuters newswire of
# 1987, in S. Luz's XML version kept in haseebr/irengine. Only its folder
# is checked out.
dst="$data/reuters21578"
checkout "${REUTERS1987_SRC:-https://github.com/haseebr/irengine}" "$dst" \
	"9f0f5f5f2c59132ec6a25176d8b7dd761e6922ad" '/reuters21578-xml/*'
echo "Reuters newswire of 1987 (Reuters-21578) in $dst"

# Speakers: the English sample of Calizzano et al.'s WikinewsSum (LREC 2022;
# the repository MIT, the articles their outlets' copyright; nothing of it
# is committed): the news articles 101 Wikinews stories of 2004–2007 cite
# as sources, one file, at the commit before the repository dropped it.
dst="$data/wikinewssum"
checkout "${WIKINEWSSUM_SRC:-https://github.com/airKlizz/WikinewsSum}" "$dst" \
	"1d985031625909c908766812e8a18d0c88116ec8" '/cleaned_endataset.json'
echo "news cited by Wikinews (WikinewsSum) in $dst"

# Speakers: the by-article set of SemEval-2019 task 4, hyperpartisan news
# detection (Kiesel et al., SemEval 2019; given out on request for research,
# the articles their outlets' copyright; nothing of it is committed): 645
# US news and opinion articles of 2016–2018 from mainstream and partisan
# outlets, one XML file, from a task entrant's repository that keeps it.
# Its labels are not read.
dst="$data/hyperpartisan"
checkout "${HYPERPARTISAN_SRC:-https://github.com/anshuly10/Biased-News-Detection}" "$dst" \
	"8ce8a812945548aa8feea1a7383fe274ba566fd0" '/articles-training-byarticle-20181122.xml'
echo "US news and opinion (SemEval-2019 task 4) in $dst"

# Speakers: the Celebrity set of Pérez-Rosas et al.'s fake news data
# (COLING 2018; no licence given, the articles their outlets' copyright;
# nothing of it is committed): 250 articles of entertainment news sites and
# magazines, mostly of 2015–2017, a text file each, from a repository that
# gathers fake news data sets. Only the legitimate half is checked out.
dst="$data/celebrity"
checkout "${CELEBRITY_SRC:-https://github.com/pmacinec/fake-news-datasets}" "$dst" \
	"0ea4a5ccaf7698cb44ba01855295989a8e26e144" \
	'/datasets/deception_detection_fake_news/data/celebrityDataset/legit/*' \
	'/datasets/deception_detection_fake_news/data/README'
echo "celebrity news (Pérez-Rosas et al., legitimate) in $dst"

# Speakers: the article bodies of the Fake News Challenge's stance set
# (FNC-1, 2017, from Ferreira and Vlachos's Emergent data; no licence
# given, the articles their outlets' copyright; nothing of it is
# committed): 2,587 news articles of 2014–2015 from mainstream and fringe
# outlets on the rumours of the day, two CSV files of bodies. Its headlines
# and stances are not read.
dst="$data/fnc"
checkout "${FNC_SRC:-https://github.com/FakeNewsChallenge/fnc-1}" "$dst" \
	"29d473af2d15278f0464d5e41e4cbe7eb58231f2" '/train_bodies.csv' '/competition_test_bodies.csv' '/README.md'
echo "news on the rumours of 2014–2015 (FNC-1) in $dst"

# Summaries: the articles of FRANK's factuality benchmark (Pagnoni, Balachandran
# and Tsvetkov, NAACL 2021; the repository MIT, the articles their
# publishers', so nothing of them is committed): 250 CNN and Daily Mail
# test articles of 2007–2015 with the highlights their newsrooms wrote, and
# 251 BBC articles of XSum with their introductions, each with the summaries
# of the published systems FRANK annotated. Its annotations are not read.
dst="$data/summaries/frank"
checkout "${FRANK_SRC:-https://github.com/artidoro/frank}" "$dst" \
	"5860706bda0641136d10d27ead52c5f6ae79630e" '/data/articles-wbertscore-json/*' '/LICENSE' '/README.md'
echo "summarized news (FRANK: CNN/Daily Mail, XSum) in $dst"

# Speakers: the Project Dialogism Novel Corpus (Vishnubhotla, Hammond and
# Hirst, LREC 2022): public-domain novels with every quotation's speaker
# annotated. Not PolNeAR, which is held out.
src=${PDNC_SRC:-https://github.com/Priya22/project-dialogism-novel-corpus}
dst="$data/pdnc"
if [ ! -d "$dst/.git" ]; then
	git clone --quiet --depth 1 "$src" "$dst"
fi
echo "speaker data in $dst"
