using System.Text.Json;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// ACC split in the shape of the grid operator's ACC API (docs/formats.md): one object per
/// PRM (or an array of them) with <c>cons_id</c>/<c>prod_id</c>/<c>prm_id</c>, <c>unit</c>
/// (Wh or kWh), <c>interval_length</c> (PT10M…PT60M, default the collective's step) and
/// <c>quantities[]</c> of <c>{ "type": "cons"|"autocons"|…, "values": [ { "timestamp", "value" } ] }</c>;
/// <c>timestamp</c> is the END of the step with its offset. One API response covers one PRM
/// over at most a month, so the document is parsed whole (bounded by members × steps); issues
/// point at the value's JSON path (line 0).
/// </summary>
public static class AccSplitJson
{
    public const string Name = "enedis-acc-json";
    /// <summary>One API response covers one PRM over a month: a few MiB at most.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private static readonly string[] IdNames = ["cons_id", "prod_id", "prm_id", "usage_point_id"];

    public static IReadOnlyList<SplitReading> Read(Stream json, string source, CurveReadContext context, ConformityLog log)
    {
        var (bytes, problem) = JsonBytes.Read(json, MaxBytes);
        if (problem is { } p)
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.LineUnparseable, source, p.Line, $"{source} line {p.Line}: {p.Message} The file was not used.") { Field = "$" });
            return [];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = JsonBytes.MaxDepth });
        }
        catch (JsonException e)
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.LineUnparseable, source, (int)(e.LineNumber ?? 0) + 1, $"{source} line {(e.LineNumber ?? 0) + 1}: not valid JSON ({TextBound.Quote(e.Message)}); the file was not used.") { Field = e.Path ?? "$" });
            return [];
        }

        using (document)
        {
            var root = document.RootElement;
            var objects = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().Select((o, i) => (o, $"$[{i}]")).ToList() : [(root, "$")];
            return [.. objects.SelectMany(o => ReadObject(o.Item1, o.Item2, source, context, log))];
        }
    }

    private static List<SplitReading> ReadObject(JsonElement o, string path, string source, CurveReadContext context, ConformityLog log)
    {
        var result = new List<SplitReading>();
        var id = IdNames.Select(n => Str(o, n)).FirstOrDefault(v => v is not null);
        var unit = PointUnits.Parse(Str(o, "unit") ?? "Wh");
        var length = Str(o, "interval_length") is { } il ? IsoStep(il) : context.Step;
        if (!Prm.TryParse(id, out var prm) || unit is not (PointUnit.WattHours or PointUnit.KilowattHours) || length is null
            || !o.TryGetProperty("quantities", out var quantities) || quantities.ValueKind != JsonValueKind.Array)
        {
            log.Add(new Issue(Severity.Warning, IssueCodes.HeaderInvalid, source, 0,
                $"{source} {path}: needs a 14-digit cons_id/prod_id/prm_id, unit Wh or kWh, an interval_length of PT10M…PT60M and a quantities array; this object was not used.")
            { Field = path });
            return result;
        }

        var qi = 0;
        foreach (var q in quantities.EnumerateArray())
        {
            var qPath = $"{path}.quantities[{qi++}]";
            var quantity = SplitQuantities.Parse(Str(q, "type"));
            if (!q.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var vi = 0;
            foreach (var v in values.EnumerateArray())
            {
                var vPath = $"{qPath}.values[{vi++}]";
                log.RowRead(source);
                var reading = Value(v, vPath, prm, quantity, unit.Value, length.Value, source, log);
                if (reading is not null)
                {
                    log.RowAccepted(source);
                    result.Add(reading.Value);
                }
            }
        }

        return result;
    }

    private static SplitReading? Value(JsonElement v, string path, Prm prm, SplitQuantity? quantity, PointUnit unit, Duration length, string source, ConformityLog log)
    {
        SplitReading? Reject(string code, string field, string message)
        {
            log.RowRejected(source, new Issue(Severity.Warning, code, source, 0, $"{source} {field}: {message}") { Field = field, Prm = prm });
            return null;
        }

        if (quantity is null)
        {
            return Reject(IssueCodes.HeaderInvalid, path, "the quantity type is not cons, autocons, complement, prod, autoprod or surplus.");
        }

        var stamp = IsoStamp.ParseInstant(Str(v, "timestamp") ?? Str(v, "date") ?? string.Empty);
        if (stamp is null)
        {
            return Reject(IssueCodes.TimestampInvalid, path + ".timestamp", "not an ISO-8601 time with offset (end of the step).");
        }

        var text = v.TryGetProperty("value", out var raw) ? raw.ValueKind == JsonValueKind.Number ? raw.GetRawText() : raw.ValueKind == JsonValueKind.String ? raw.GetString() ?? string.Empty : string.Empty : string.Empty;
        if (!CurvePoint.TryParseDecimal(text, out var amount) || amount < 0)
        {
            return Reject(text.Length == 0 ? IssueCodes.ValueMissing : IssueCodes.ValueInvalid, path + ".value", $"'{TextBound.Quote(text)}' is not a non-negative energy.");
        }

        if (!PointUnits.TryToEnergy(amount, unit, length, out var energy))
        {
            return Reject(IssueCodes.ValueOutOfRange, path + ".value", $"'{TextBound.Quote(text)}' is beyond what one step can hold.");
        }

        var end = stamp.Value;
        var step = new Step(end - length, length);
        return step.Start.ToUnixTimeTicks() % length.BclCompatibleTicks != 0
            ? Reject(IssueCodes.TimestampMisaligned, path + ".timestamp", $"does not end a {length.TotalMinutes}-minute step.")
            : new SplitReading(prm, step, quantity.Value, energy, source, 0);
    }

    private static string? Str(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static Duration? IsoStep(string text) => text.Trim().ToUpperInvariant() switch
    {
        "PT10M" => Duration.FromMinutes(10),
        "PT15M" => Duration.FromMinutes(15),
        "PT30M" => Duration.FromMinutes(30),
        "PT60M" or "PT1H" => Duration.FromMinutes(60),
        _ => null,
    };
}
