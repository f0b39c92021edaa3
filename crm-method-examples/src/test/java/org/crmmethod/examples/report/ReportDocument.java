package org.crmmethod.examples.report;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A report page read back as XML, to find its parts by XPath: the page is XHTML-compatible, so a
 * plain XML parser reads it, and fails on any unbalanced tag or stray {@code &} or {@code <}.
 */
final class ReportDocument {
  private final Document document;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  private ReportDocument(Document document) {
    this.document = document;
  }

  /**
   * Parses a page, refusing any DTD other than the bare {@code <!DOCTYPE html>} and any external
   * entity.
   */
  static ReportDocument parse(String html) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      factory.setXIncludeAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("the page must not refer to an external entity: " + systemId);
      });
      builder.setErrorHandler(null);
      return new ReportDocument(builder.parse(new InputSource(new StringReader(html))));
    } catch (ParserConfigurationException | IOException failure) {
      throw new IllegalStateException(failure);
    } catch (SAXException malformed) {
      throw new AssertionError("the page is not well-formed XML: " + malformed.getMessage(), malformed);
    }
  }

  /** Returns the root element. */
  Element root() {
    return document.getDocumentElement();
  }

  /** Returns the elements an XPath expression selects, in document order. */
  List<Element> all(String expression) {
    try {
      NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
      List<Element> elements = new ArrayList<>(nodes.getLength());
      for (int index = 0; index < nodes.getLength(); index++) {
        elements.add((Element) nodes.item(index));
      }
      return elements;
    } catch (XPathExpressionException bad) {
      throw new IllegalArgumentException(expression, bad);
    }
  }

  /** Returns the one element an XPath expression selects. */
  Element one(String expression) {
    List<Element> elements = all(expression);
    if (elements.size() != 1) {
      throw new AssertionError("expected one element for " + expression + " but found " + elements.size());
    }
    return elements.get(0);
  }

  /** Returns the text content of the one element an XPath expression selects, its white space collapsed. */
  String text(String expression) {
    return one(expression).getTextContent().replaceAll("\\s+", " ").strip();
  }

  /** Returns the texts of a table row's cells, their white space collapsed. */
  static List<String> cells(Element row) {
    List<String> cells = new ArrayList<>();
    NodeList children = row.getChildNodes();
    for (int index = 0; index < children.getLength(); index++) {
      if (children.item(index) instanceof Element cell && cell.getTagName().equals("td")) {
        cells.add(cell.getTextContent().replaceAll("\\s+", " ").strip());
      }
    }
    return cells;
  }

  /** Tells whether an element's class attribute holds a class. */
  static boolean hasClass(Element element, String name) {
    return List.of(element.getAttribute("class").split("\\s+")).contains(name);
  }
}
