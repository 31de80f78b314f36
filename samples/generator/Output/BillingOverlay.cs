using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Daisee.Billing.SampleGenerator.Output;

/// <summary>
/// Adds a sample's invoicing data to the generated collective.json: the overlay (an embedded
/// JSON file under Sites/) lists the top-level fields to append (sellers, invoicing), the
/// participant fields to drop, and per PRM the participant fields to append (billing identity,
/// meter FTA and off-peak hours, supplier offer, seller, excise and surplus data).
/// </summary>
public static class BillingOverlay
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Apply(byte[] collectiveJson, string overlayName)
    {
        JsonObject root = JsonNode.Parse(collectiveJson)!.AsObject();
        JsonObject overlay = JsonNode.Parse(Read(overlayName))!.AsObject();
        string[] remove = overlay["remove"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
        JsonObject byPrm = overlay["participants"]!.AsObject();
        foreach (JsonNode? node in root["participants"]!.AsArray())
        {
            JsonObject participant = node!.AsObject();
            foreach (string name in remove)
            {
                participant.Remove(name);
            }

            if (byPrm[participant["prm"]!.GetValue<string>()] is JsonObject extra)
            {
                foreach ((string name, JsonNode? value) in extra)
                {
                    participant[name] = value?.DeepClone();
                }
            }
        }

        foreach ((string name, JsonNode? value) in overlay["top"]!.AsObject())
        {
            root[name] = value?.DeepClone();
        }

        byte[] text = JsonSerializer.SerializeToUtf8Bytes(root, Options);
        return [.. text, (byte)'\n'];
    }

    private static byte[] Read(string name)
    {
        using Stream stream = typeof(BillingOverlay).Assembly.GetManifestResourceStream("Daisee.Billing.SampleGenerator.Sites." + name)
            ?? throw new InvalidOperationException($"Embedded overlay {name} is missing from the generator.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
