<?xml version="1.0" encoding="UTF-8"?>
<!--
  Checkstyle XML derived from the canonical XML report (reports/report.xsd),
  for tools that want to do the conversion themselves:

    claimaudit lint -f xml -o report.xml
    xsltproc reports/checkstyle.xsl report.xml

  `claimaudit lint -f checkstyle` writes the same findings directly; a test
  (CheckstyleStylesheetTests) checks that the two agree. One <file> per
  document, one <error> per finding: document-level findings first, then
  claim findings in document order.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:r="https://claimaudit.dev/ns/report/1"
                exclude-result-prefixes="r">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/r:audit">
    <checkstyle version="4.3">
      <xsl:for-each select="r:document">
        <file name="{@path}">
          <xsl:apply-templates select="r:document-finding | r:claim/r:finding"/>
        </file>
      </xsl:for-each>
    </checkstyle>
  </xsl:template>

  <xsl:template match="r:document-finding | r:finding">
    <error line="{@line}" column="{@column}" severity="{@severity}"
           message="{normalize-space(.)}" source="claimaudit.{@rule}"/>
  </xsl:template>
</xsl:stylesheet>
