using System.Text.Encodings.Web;
using System.Text.Json;
using Daisee.Billing.SampleGenerator.Sites;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.SampleGenerator.Output;

/// <summary>
/// Writes collective.json in the shape of shared/collective.example.json (same fields, same
/// order) plus the sample's extra fields: kind, subscribedKva, peakKwp (producers),
/// tariffOption and supplierPriceEurPerKwh (consumers). 2-space indentation, LF, no BOM.
/// </summary>
public static class CollectiveJsonFile
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string path, CollectiveSpec collective)
    {
        File.WriteAllBytes(path, Serialize(collective));
    }

    public static byte[] Serialize(CollectiveSpec collective)
    {
        ArgumentNullException.ThrowIfNull(collective);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("name", collective.Name);
            json.WriteString("operationId", collective.OperationId);
            json.WriteString("timeZone", CollectiveSpec.TimeZoneId);
            json.WriteNumber("stepMinutes", CollectiveSpec.StepMinutes);
            json.WriteString("currency", "EUR");
            json.WriteStartObject("location");
            json.WriteNumber("latitude", collective.Latitude);
            json.WriteNumber("longitude", collective.Longitude);
            json.WriteEndObject();
            json.WriteStartArray("participants");
            foreach (ParticipantSpec participant in collective.Participants)
            {
                WriteParticipant(json, participant);
            }

            json.WriteEndArray();
            WriteRules(json);
            json.WriteEndObject();
        }

        stream.Write("\n"u8);
        return collective.BillingOverlay is { } overlay ? BillingOverlay.Apply(stream.ToArray(), overlay) : stream.ToArray();
    }

    private static void WriteParticipant(Utf8JsonWriter json, ParticipantSpec p)
    {
        json.WriteStartObject();
        json.WriteString("prm", p.Prm);
        json.WriteString("name", p.Name);
        json.WriteString("role", p.Role == ParticipantRole.Producer ? "producer" : "consumer");
        json.WriteString("kind", p.Kind);
        json.WriteNumber("subscribedKva", p.SubscribedKva);
        WriteOptional(json, "peakKwp", p.PeakKwp);
        WriteOptional(json, "joined", p.Joined);
        WriteOptional(json, "left", p.Left);
        WriteOptional(json, "staticKey", p.StaticKey);
        if (p.PriorityGroup is int group)
        {
            json.WriteNumber("priorityGroup", group);
        }

        if (p.TariffOption is not null)
        {
            json.WriteString("tariffOption", p.TariffOption);
        }

        WriteOptional(json, "supplierPriceEurPerKwh", p.SupplierPriceEurPerKwh);
        WriteOptional(json, "surplusPriceEurPerKwh", p.SurplusPriceEurPerKwh);
        json.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter json)
    {
        json.WriteStartObject("allocation");
        json.WriteString("method", "prorata");
        json.WriteEndObject();

        json.WriteStartArray("localPrices");
        json.WriteStartObject();
        json.WriteString("from", "2026-01-01");
        json.WriteStartObject("classes");
        json.WriteNumber("HP", 0.1450m);
        json.WriteNumber("HC", 0.1100m);
        json.WriteEndObject();
        json.WriteStartArray("offPeak");
        json.WriteStringValue("22:00-06:00");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("regulated");
        json.WriteString("turpeOption", "none");
        json.WriteBoolean("accise", true);
        json.WriteBoolean("cta", false);
        json.WriteBoolean("vat", true);
        json.WriteEndObject();

        json.WriteStartObject("policies");
        json.WriteString("gaps", "zero-and-flag");
        json.WriteNumber("reconciliationToleranceWh", 1);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is decimal number)
        {
            json.WriteNumber(name, number);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, LocalDate? value)
    {
        if (value is LocalDate date)
        {
            json.WriteString(name, LocalDatePattern.Iso.Format(date));
        }
    }
}
