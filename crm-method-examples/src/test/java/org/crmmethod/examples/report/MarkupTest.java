package org.crmmethod.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupTest {

  // ---- Escaping ----

  @Test
  void escape_markupCharacters() {
    assertThat(Markup.escape("a < b & c > \"d\" 'e'")).isEqualTo("a &lt; b &amp; c &gt; &quot;d&quot; &#39;e&#39;");
  }

  @Test
  void escape_keepsLetterOutsideTheBasicPlaneAndWhiteSpace() {
    assertThat(Markup.escape("Gr\u00fc\u00dfe \uD83D\uDE80\tline\nbreak")).isEqualTo("Gr\u00fc\u00dfe \uD83D\uDE80\tline\nbreak");
  }

  @Test
  void escape_replacesWhatXmlCannotHold() {
    assertThat(Markup.escape("bell\u0007 nul\u0000 lone\uD800 low\uDC00 end\uFFFE"))
        .isEqualTo("bell\uFFFD nul\uFFFD lone\uFFFD low\uFFFD end\uFFFD");
  }

  // ---- Writing ----

  @Test
  void elements_withEscapedAttributesAndNumbers() {
    String markup = new Markup()
        .open("svg", "viewBox", "0 0 10 10", "width", 10)
        .empty("rect", "x", 1.5, "y", 2.0, "height", 3L, "class", "a\"b")
        .element("text", "x < y", "x", 0.125)
        .close("svg")
        .finish();

    assertThat(markup).isEqualTo("<svg viewBox=\"0 0 10 10\" width=\"10\">\n<rect x=\"1.5\" y=\"2\" height=\"3\""
        + " class=\"a&quot;b\"/>\n<text x=\"0.13\">x &lt; y</text>\n</svg>\n");
  }

  @Test
  void close_otherThanTheOpenElement() {
    Markup markup = new Markup().open("div").open("span");

    assertThatThrownBy(() -> markup.close("div")).isInstanceOf(IllegalStateException.class).hasMessageContaining("<span>");
  }

  @Test
  void finish_withAnElementOpen() {
    assertThatThrownBy(() -> new Markup().open("div").finish()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void open_badNamesAndValues() {
    assertThatThrownBy(() -> new Markup().open("a b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Markup().open("a", "on click", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Markup().open("a", "href")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Markup().open("a", "x", new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Markup().open("a", "x", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
