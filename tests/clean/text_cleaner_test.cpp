#include "clean/text_cleaner.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "clean/html_decoder.h"

using herald::Document;
using herald::HtmlDecoder;
using herald::TextCleaner;

namespace {

std::string body_of(const std::string& text) {
  Document doc;
  doc.article.text = text;
  TextCleaner().annotate(doc);
  return doc.body;
}

std::string inline_clean(const std::string& text) { return TextCleaner().clean_inline(text); }

std::string decode(const std::string& s) {
  std::string out;
  HtmlDecoder::decode(s, out);
  return out;
}

}  // namespace

TEST(TextCleaner, AsciiFastPathFoldsWhitespace) {
  EXPECT_EQ(inline_clean("  The   council\tmet \n on  Monday.  "), "The council met on Monday.");
  EXPECT_EQ(inline_clean(""), "");
  EXPECT_EQ(inline_clean(" \n\t "), "");
}

TEST(TextCleaner, QuotesDashesEllipsis) {
  EXPECT_EQ(inline_clean("The mayor’s ‘plan’ – he said “no” — was…"),
            "The mayor's 'plan' - he said \"no\" - was...");
  EXPECT_EQ(inline_clean("‚low‛ „low“ 5′ 6″ a‒b c―d 3−2"), "'low' \"low\" 5' 6\" a-b c-d 3-2");
}

TEST(TextCleaner, SpacesZeroWidthSoftHyphen) {
  // NBSP, thin space, narrow NBSP, ideographic space -> space; ZWSP, ZWJ, BOM, soft hyphen removed.
  EXPECT_EQ(inline_clean("10\u00A0km a\u2009b c\u202Fd e\u3000f"), "10 km a b c d e f");
  EXPECT_EQ(inline_clean("gov\u200Bern\u200Dment\uFEFF pro\u00ADtest"), "government protest");
}

TEST(TextCleaner, NfcComposes) {
  // "e" + combining acute -> precomposed é (U+00E9).
  EXPECT_EQ(inline_clean("Cafe\u0301 in Ko\u0308ln"), "Caf\u00E9 in K\u00F6ln");
  EXPECT_EQ(inline_clean("Khān Yūnis"), "Khān Yūnis");  // already NFC, unchanged
}

TEST(TextCleaner, HtmlEntitiesNamedAndNumeric) {
  EXPECT_EQ(inline_clean("Smith &amp; Sons &lt;said&gt; &quot;hi&quot; &apos;x&apos;"),
            "Smith & Sons <said> \"hi\" 'x'");
  // Decoded typographic characters are normalised too.
  EXPECT_EQ(inline_clean("it&#8217;s &#x2019;ok&rsquo; &ldquo;q&rdquo; a&ndash;b a&mdash;b wait&hellip;"),
            "it's 'ok' \"q\" a-b a-b wait...");
  EXPECT_EQ(inline_clean("caf&eacute; Z&uuml;rich 10&nbsp;km"), "caf\u00E9 Z\u00FCrich 10 km");
  EXPECT_EQ(inline_clean("Windows&#146;s &#150; dash"), "Windows's - dash");
  EXPECT_EQ(inline_clean("&AElig;ther &zwnj;x&zwnj;"), "\u00C6ther x");  // first and last table rows
}

TEST(TextCleaner, EntitiesDecodedOnceAndUnknownKept) {
  EXPECT_EQ(inline_clean("&amp;lt;"), "&lt;");
  EXPECT_EQ(inline_clean("AT&T and R&D &bogus; &#xZZ; &; &#0;"), "AT&T and R&D &bogus; &#xZZ; &; &#0;");
}

TEST(TextCleaner, HtmlTagsStrippedParagraphsFromBlockTags) {
  EXPECT_EQ(body_of("<p>First <b>bold</b> point.</p><p>Second <a href=\"x\">link</a>.</p>"),
            "First bold point.\n\nSecond link.");
  EXPECT_EQ(body_of("Line one.<br>Line two.<br/>Line three.<BR />End."),
            "Line one.\n\nLine two.\n\nLine three.\n\nEnd.");
  EXPECT_EQ(body_of("Before<!-- a comment -->after."), "Beforeafter.");
}

TEST(TextCleaner, AngleBracketsThatAreNotHtmlStay) {
  // Reuters-style company markers and comparisons are text.
  EXPECT_EQ(inline_clean("<Harbor Mills Inc> said profit rose; 3 < 5 and x<y."),
            "<Harbor Mills Inc> said profit rose; 3 < 5 and x<y.");
  EXPECT_EQ(decode("<p unclosed"), "<p unclosed");
}

TEST(TextCleaner, ParagraphsFromBlankLinesAndSingleNewlines) {
  EXPECT_EQ(body_of("One.\n\n\n  Two  words.\n \nThree."), "One.\n\nTwo words.\n\nThree.");
  // News JSON: a single newline between paragraphs is a paragraph break.
  EXPECT_EQ(body_of("First paragraph ends.\nSecond paragraph ends.\nThird one."),
            "First paragraph ends.\n\nSecond paragraph ends.\n\nThird one.");
  EXPECT_EQ(body_of("Windows line.\r\nNext line.\r\n\r\nLast."), "Windows line.\n\nNext line.\n\nLast.");
  EXPECT_EQ(body_of("Para one.\u2029Para two."), "Para one.\n\nPara two.");
}

TEST(TextCleaner, HardWrappedTextJoinsLinesIndentStartsParagraph) {
  std::string wrapped =
      "The harbour board said on Monday that grain\n"
      "shipments through the port rose sharply in\n"
      "the first quarter of the year.\n"
      "    Officials expect the trend to continue\n"
      "through the summer months.\n";
  EXPECT_EQ(body_of(wrapped),
            "The harbour board said on Monday that grain shipments through the port rose sharply "
            "in the first quarter of the year.\n\n"
            "Officials expect the trend to continue through the summer months.");
}

TEST(TextCleaner, LeadParagraphRepeatedWithShortPrefixDropped) {
  EXPECT_EQ(body_of("Foreign Minister Ana Pell has arrived in Duvel.\n\n"
                    "Orsany's Foreign Minister Ana Pell has arrived in Duvel. Talks begin today.\n\n"
                    "More text."),
            "Orsany's Foreign Minister Ana Pell has arrived in Duvel. Talks begin today.\n\nMore text.");
  // Equal to the start of paragraph 2.
  EXPECT_EQ(body_of("Talks resumed.\n\nTalks resumed. Both sides attended."),
            "Talks resumed. Both sides attended.");
  // Typography differs only before cleaning: still a repeat after normalisation.
  EXPECT_EQ(body_of("The mayor’s plan failed.\n\nThe mayor's plan failed. Aides said so."),
            "The mayor's plan failed. Aides said so.");
  // A different final punctuation mark is a different paragraph.
  EXPECT_EQ(body_of("The plan failed.\n\nThe plan failed, aides said."),
            "The plan failed.\n\nThe plan failed, aides said.");
}

TEST(TextCleaner, LeadParagraphKeptWhenNotRepeatedOrPrefixTooLong) {
  std::string long_prefix(60, 'x');
  std::string text = "Talks resumed.\n\n" + long_prefix + " Talks resumed.";
  EXPECT_EQ(body_of(text), "Talks resumed.\n\n" + long_prefix + " Talks resumed.");
  // A match inside a word is not a repeat.
  EXPECT_EQ(body_of("ate.\n\nHe was late. Then he left."), "ate.\n\nHe was late. Then he left.");
  EXPECT_EQ(body_of("Talks resumed.\n\nNothing else happened."), "Talks resumed.\n\nNothing else happened.");
}

TEST(TextCleaner, ExactDuplicateParagraphsDroppedKeepingFirst) {
  EXPECT_EQ(body_of("Alpha.\n\nRead more.\n\nBeta.\n\nRead more.\n\nAlpha.\n\nGamma."),
            "Alpha.\n\nRead more.\n\nBeta.\n\nGamma.");
}

TEST(TextCleaner, AnnotateCleansTitleInPlace) {
  Document doc;
  doc.article.title = "  Minister&rsquo;s visit \u2013 day\u00A0one\n";
  doc.article.text = "Body text.";
  TextCleaner().annotate(doc);
  EXPECT_EQ(doc.article.title, "Minister's visit - day one");
  EXPECT_EQ(doc.body, "Body text.");
  EXPECT_EQ(doc.article.text, "Body text.");  // the raw text is left as read
}

TEST(TextCleaner, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(inline_clean("bad \xFF byte"), "bad \uFFFD byte");
}

TEST(TextCleaner, OutputHasNoStrayWhitespace) {
  std::string body = body_of(" \n\t<p> A </p>\n\n\u00A0\n<p>\tB\u2003 C </p> \n");
  EXPECT_EQ(body, "A\n\nB C");
}
