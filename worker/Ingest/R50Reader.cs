using System.Xml;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// SGE flux R50 (C5 load curves): <c>Pas_Publication</c> in minutes, then per <c>PRM</c>/<c>Id_PRM</c>
/// points <c>&lt;PDC&gt;&lt;H&gt;…&lt;/H&gt;&lt;V&gt;…&lt;/V&gt;&lt;IV&gt;…&lt;/IV&gt;&lt;/PDC&gt;</c>:
/// H = END of the interval with offset, V = average power in W, IV = likelihood index
/// (0 = measured, else estimated). R50 carries consumption; a producer's PRM is read as
/// production when collective.json declares it so. Streamed with XmlReader; a point's line is
/// the line of its PDC element.
/// </summary>
public sealed class R50Reader : ICurveFormat
{

    public string Name => "enedis-sge-r50";

    public bool Detect(string head) => XmlCurveReading.HasRoot(head, "R50");

    public IEnumerable<MeterReading> Read(TextReader text, string source, CurveReadContext context, ConformityLog log)
    {
        var points = new TagCountingReader(text, "<PDC>");
        using var xml = XmlCurveReading.Open(points);
        long counted = 0;
        var step = context.Step;
        Prm? prm = null;
        var positioned = false;
        while (true)
        {
            (int Line, string? H, string? V, string? IV)? point;
            try
            {
                if (!positioned && !xml.Read())
                {
                    yield break;
                }

                positioned = false;
                point = null;
                if (xml.EOF)
                {
                    yield break;
                }

                if (xml.NodeType == XmlNodeType.Element)
                {
                    switch (xml.LocalName)
                    {
                        case "Pas_Publication":
                            step = ParseStep(XmlCurveReading.ReadBoundedContent(xml), source, XmlCurveReading.LineOf(xml), step, log);
                            positioned = true;
                            break;
                        case "Id_PRM":
                            prm = Prm.TryParse(XmlCurveReading.ReadBoundedContent(xml), out var p) ? p : null;
                            positioned = true;
                            break;
                        case "PDC":
                            point = ReadPoint(xml);
                            break;
                    }
                }
            }
            catch (XmlException e)
            {
                var unread = Math.Max(0, points.CountToEnd() - counted);
                for (var i = 0; i < unread; i++)
                {
                    log.RowRead(source);
                    log.RowRejected(source, null);
                }

                log.Add(new Issue(Severity.Warning, IssueCodes.LineUnparseable, source, e.LineNumber, $"{source} line {e.LineNumber}: the XML is malformed ({TextBound.Quote(e.Message)}); the rest of the file was not read: its {unread} point(s) (PDC elements) are counted as rejected.") { Field = "xml" });
                yield break;
            }

            counted += point is null ? 0 : 1;
            if (point is { } pt && ReadPoint(pt, prm, step, source, context, log) is { } reading)
            {
                yield return reading;
            }
        }
    }

    private static (int, string?, string?, string?) ReadPoint(XmlReader xml)
    {
        var line = XmlCurveReading.LineOf(xml);
        string? h = null, v = null, iv = null;
        using var sub = xml.ReadSubtree();
        sub.Read();
        while (!sub.EOF)
        {
            if (sub.NodeType == XmlNodeType.Element && sub.LocalName is "H" or "V" or "IV")
            {
                var name = sub.LocalName;
                var value = XmlCurveReading.ReadBoundedContent(sub);
                (h, v, iv) = name == "H" ? (value, v, iv) : name == "V" ? (h, value, iv) : (h, v, value);
            }
            else
            {
                sub.Read();
            }
        }

        return (line, h, v, iv);
    }

    private static MeterReading? ReadPoint((int Line, string? H, string? V, string? IV) pt, Prm? prm, Duration step, string source, CurveReadContext context, ConformityLog log)
    {
        log.RowRead(source);
        if (prm is null)
        {
            log.RowRejected(source, new Issue(Severity.Warning, IssueCodes.HeaderInvalid, source, pt.Line, $"{source} line {pt.Line}: a PDC point comes before any valid 14-digit Id_PRM.") { Field = "Id_PRM" });
            return null;
        }

        var input = new PointInput(source, pt.Line, prm.Value, context.ImpliedDirection(prm.Value), default, pt.V ?? string.Empty, PointUnit.Watts)
        {
            StampField = "H",
            ValueField = "V",
            StampText = pt.H ?? string.Empty,
            Quality = Flags.FromLikelihood(pt.IV),
        };
        var end = IsoStamp.ParseInstant(input.StampText);
        if (end is null)
        {
            return CurvePoint.Reject(input, log, IssueCodes.TimestampInvalid, "H", $"H '{TextBound.Quote(input.StampText)}' is not an ISO-8601 time with offset.");
        }

        var instant = end.Value;
        return CurvePoint.Read(input with { Step = new Step(instant - step, step) }, log, context);
    }

    private static Duration ParseStep(string text, string source, int line, Duration current, ConformityLog log)
    {
        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) && Step.IsSupportedLength(m))
        {
            return Duration.FromMinutes(m);
        }

        log.Add(new Issue(Severity.Warning, IssueCodes.StepUnknown, source, line, $"{source} line {line}: Pas_Publication '{TextBound.Quote(text)}' is not 10, 15, 30 or 60; the collective's step is assumed.") { Field = "Pas_Publication" });
        return current;
    }
}
