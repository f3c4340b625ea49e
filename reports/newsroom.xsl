<?xml version="1.0" encoding="UTF-8"?>
<!--
  A worked example of a house report template, used as
    claimaudit audit story.md -f html (two dashes)stylesheet reports/newsroom.xsl
  or with `claimaudit report DIR -o OUT`: XSLT 1.0 over the canonical XML
  report (reports/report.xsd).

  Copy it, change the wording, the colours and the layout. Rules claimaudit
  enforces: no disable-output-escaping, no document(), no files or network;
  every value copied with xsl:value-of or {…} is escaped, so article text
  stays text. Offsets in the XML are UTF-8 bytes, which XSLT cannot slice,
  so this template marks a claim's source by its text instead.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:r="https://claimaudit.dev/ns/report/1"
                exclude-result-prefixes="r">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/r:audit">
    <html lang="en">
      <head>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Standards desk: sourcing check</title>
        <style>
          body { font: 16px/1.5 Georgia, serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
          h1 { font-family: system-ui, sans-serif; border-bottom: 4px solid #222; }
          .facts { font-family: system-ui, sans-serif; background: #f2f2f2; padding: .5rem 1rem; }
          .claim { margin: .4rem 0; padding-left: .6rem; border-left: 6px solid #bbb; }
          .claim .kind { font: bold .7rem system-ui, sans-serif; text-transform: uppercase; margin-right: .4rem; }
          .k-named { border-left-color: #0072b2; } .k-anonymous { border-left-color: #d55e00; border-left-style: dashed; }
          .k-none { border-left-color: #000; border-left-style: dotted; }
          .source { text-decoration: underline double; }
          .finding { font: .85rem system-ui, sans-serif; color: #8a3300; margin-left: 1rem; }
          @media print { .claim { break-inside: avoid; } }
        </style>
      </head>
      <body>
        <h1>Standards desk: sourcing check</h1>
        <xsl:apply-templates select="r:document"/>
        <p><small>claimaudit <xsl:value-of select="@tool"/>, house template reports/newsroom.xsl</small></p>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="r:document">
    <section class="document">
      <h2><xsl:value-of select="@path"/></h2>
      <xsl:for-each select="r:summary">
        <p class="facts">
          <xsl:value-of select="@claims"/> claims;
          <strong><xsl:value-of select="round(@unsourced-share * 100)"/>% unsourced</strong>;
          <xsl:value-of select="round(@anonymous-share * 100)"/>% of attributions anonymous;
          <xsl:value-of select="@named-sources"/> named sources;
          <xsl:value-of select="@hedges-per-100-words"/> hedges per 100 words.
        </p>
      </xsl:for-each>
      <xsl:for-each select="r:document-finding">
        <p class="finding"><xsl:value-of select="@severity"/>: <xsl:value-of select="."/></p>
      </xsl:for-each>
      <xsl:apply-templates select="r:claim"/>
    </section>
  </xsl:template>

  <xsl:template match="r:claim">
    <div class="claim k-{@kind}" id="d{count(../preceding-sibling::r:document) + 1}-{@id}" data-kind="{@kind}">
      <span class="kind"><xsl:value-of select="@kind"/></span>
      <xsl:variable name="text" select="r:text"/>
      <xsl:variable name="source" select="r:attribution[r:source][1]/r:source"/>
      <xsl:choose>
        <xsl:when test="$source and contains($text, $source)">
          <xsl:value-of select="substring-before($text, $source)"/>
          <span class="source"><xsl:value-of select="$source"/></span>
          <xsl:value-of select="substring-after($text, $source)"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
      </xsl:choose>
      <xsl:for-each select="r:finding">
        <div class="finding">
          <xsl:value-of select="@line"/>:<xsl:value-of select="@column"/>
          <xsl:text> </xsl:text><xsl:value-of select="@severity"/>: <xsl:value-of select="."/>
          [<xsl:value-of select="@rule"/>]
        </div>
      </xsl:for-each>
    </div>
  </xsl:template>
</xsl:stylesheet>
