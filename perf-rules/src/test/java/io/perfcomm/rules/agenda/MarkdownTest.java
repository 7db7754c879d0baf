package io.perfcomm.rules.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Markdown agendas show data as the characters it holds, never as markup. */
class MarkdownTest {

  @Test
  void htmlBecomesEntities() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;a()&quot;&gt; &amp;amp;",
        Markdown.text("<script>alert(1)</script> <img src=x onerror=\"a()\"> &amp;"));
  }

  @Test
  void inlineMarkupIsEscapedAnywhere() {
    assertEquals("\\*\\*bold\\*\\* \\_it\\_ \\[link\\](javascript:x) \\`code\\` a \\| b \\~\\~gone\\~\\~ C:\\\\dir",
        Markdown.text("**bold** _it_ [link](javascript:x) `code` a | b ~~gone~~ C:\\dir"));
  }

  @Test
  void blockMarkupIsEscapedOnlyWhereAValueStartsALine() {
    assertEquals("\\# heading", Markdown.text("# heading"));
    assertEquals("\\- item", Markdown.text("- item"));
    assertEquals("\\+ item", Markdown.text("+ item"));
    assertEquals("12\\. item", Markdown.text("12. item"));
    assertEquals("3\\) item", Markdown.text("3) item"));
    assertEquals("&gt; quote", Markdown.text("> quote"));
    assertEquals("R-E01-1 scored 3.5 on 2026-03-01", Markdown.text("R-E01-1 scored 3.5 on 2026-03-01"));
  }

  @Test
  void aValueStaysOnItsLineAndControlCharactersShow() {
    assertEquals("one two\uFFFD\\[2J\uFFFD\uFFFD\uFFFDevil", Markdown.text("one\ntwo\u001b[2J\u0007\u0000\u202Eevil"));
  }

  @Test
  void aCodeSpanCannotBeClosedByTheValue() {
    assertEquals("`R-1`", Markdown.code("R-1"));
    assertEquals("`` a`b ``", Markdown.code("a`b"));
    assertEquals("`<b>`", Markdown.code("<b>"));
  }
}
