using System.Globalization;
using System.Xml;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// SGE flux R4x (R4Q/R4H/R4M…, C4 load curves): root <c>Courbe</c>, per <c>Corps</c> an
/// <c>Identifiant_PRM</c> and <c>Donnees_Courbe</c> blocks stating <c>Granularite</c> (minutes),
/// <c>Unite_Mesure</c> (kW or W) and <c>Grandeur_Metier</c> (CONS/PROD), then
/// <c>Donnees_Point_Mesure Horodatage=… Valeur_Point=… Statut_Point=…</c> where Horodatage is
/// the START of the interval with offset. Statut_Point: see <see cref="Flags"/>.
/// </summary>
public sealed class R4xReader : ICurveFormat
{

    public string Name => "enedis-sge-r4x";

    public bool Detect(string head) => XmlCurveReading.HasRoot(head, "Courbe") && head.Contains("Donnees_Courbe", StringComparison.Ordinal)
        || XmlCurveReading.HasRoot(head, "Courbe") && head.Contains("R4", StringComparison.Ordinal);

    public IEnumerable<MeterReading> Read(TextReader text, string source, CurveReadContext context, ConformityLog log)
    {
        var points = new TagCountingReader(text, "<Donnees_Point_Mesure ");
        using var xml = XmlCurveReading.Open(points);
        long counted = 0;
        var block = new Block(null, context.Step, PointUnit.Kilowatts, null);
        var positioned = false;
        while (true)
        {
            PointInput? point = null;
            try
            {
                if ((!positioned && !xml.Read()) || xml.EOF)
                {
                    yield break;
                }

                positioned = false;
                if (xml.NodeType == XmlNodeType.Element)
                {
                    if (xml.LocalName == "Donnees_Point_Mesure")
                    {
                        point = Point(xml, block, source, context);
                    }
                    else if (block.With(xml.LocalName, xml, source, log) is { } changed)
                    {
                        (block, positioned) = (changed, true);
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

                log.Add(new Issue(Severity.Warning, IssueCodes.LineUnparseable, source, e.LineNumber, $"{source} line {e.LineNumber}: the XML is malformed ({TextBound.Quote(e.Message)}); the rest of the file was not read: its {unread} point(s) (Donnees_Point_Mesure elements) are counted as rejected.") { Field = "xml" });
                yield break;
            }

            counted += point is null ? 0 : 1;
            if (point is not null && Check(point, block, context, log) is { } reading)
            {
                yield return reading;
            }
        }
    }

    private static PointInput Point(XmlReader xml, Block block, string source, CurveReadContext context)
    {
        var prm = block.Prm ?? default;
        return new PointInput(source, XmlCurveReading.LineOf(xml), prm, block.Direction ?? context.ImpliedDirection(prm), default, xml.GetAttribute("Valeur_Point") ?? string.Empty, block.Unit)
        {
            StampField = "Horodatage",
            ValueField = "Valeur_Point",
            StampText = xml.GetAttribute("Horodatage") ?? string.Empty,
            Quality = Flags.FromNature(xml.GetAttribute("Statut_Point")),
        };
    }

    private static MeterReading? Check(PointInput p, Block block, CurveReadContext context, ConformityLog log)
    {
        log.RowRead(p.Source);
        if (block.Prm is null)
        {
            log.RowRejected(p.Source, new Issue(Severity.Warning, IssueCodes.HeaderInvalid, p.Source, p.Line, $"{p.Source} line {p.Line}: a point comes before any valid 14-digit Identifiant_PRM.") { Field = "Identifiant_PRM" });
            return null;
        }

        var start = IsoStamp.ParseInstant(p.StampText);
        return start is { } s
            ? CurvePoint.Read(p with { Step = new Step(s, block.Length) }, log, context)
            : CurvePoint.Reject(p, log, IssueCodes.TimestampInvalid, "Horodatage", $"Horodatage '{TextBound.Quote(p.StampText)}' is not an ISO-8601 time with offset.");
    }

    /// <summary>The context of the points that follow: meter, step, unit, direction.</summary>
    private sealed record Block(Prm? Prm, Duration Length, PointUnit Unit, Direction? Direction)
    {
        public Block? With(string element, XmlReader xml, string source, ConformityLog log)
        {
            if (element is not ("Identifiant_PRM" or "Granularite" or "Unite_Mesure" or "Grandeur_Metier"))
            {
                return null;
            }

            var line = XmlCurveReading.LineOf(xml);
            var value = XmlCurveReading.ReadBoundedContent(xml).Trim();
            Block Warn(string code, string message)
            {
                log.Add(new Issue(Severity.Warning, code, source, line, $"{source} line {line}: {element} '{TextBound.Quote(value)}' {message}") { Field = element });
                return this;
            }

            return element switch
            {
                "Identifiant_PRM" => this with { Prm = Domain.Prm.TryParse(value, out var p) ? p : null },
                "Granularite" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && Step.IsSupportedLength(m)
                    ? this with { Length = Duration.FromMinutes(m) } : Warn(IssueCodes.StepUnknown, "is not 10, 15, 30 or 60; the previous step is kept."),
                "Unite_Mesure" => PointUnits.Parse(value) is PointUnit.Watts or PointUnit.Kilowatts
                    ? this with { Unit = PointUnits.Parse(value)!.Value } : Warn(IssueCodes.UnitUnknown, "is not an average power (kW or W); kW is assumed."),
                _ => Directions.Parse(value) is { } d ? this with { Direction = d } : Warn(IssueCodes.HeaderInvalid, "is neither CONS nor PROD."),
            };
        }
    }
}
