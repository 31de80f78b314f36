using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The files the iExec SDK keeps in a project folder, read as the SDK writes them:
/// <c>deployed.json</c> (<c>{"app": {chainId: address}, "dataset": {…}, "workerpool": {…}}</c>, written by
/// <c>iexec app|dataset|workerpool deploy</c>) and the <c>app</c> section of <c>iexec.json</c>
/// (<c>{owner, name, type, multiaddr, checksum}</c>). Missing files read as empty; a malformed one is an error
/// naming the file and the field.
/// </summary>
public sealed record SdkProject(string Folder)
{
    public const string DeployedFile = "deployed.json";

    public const string IexecFile = "iexec.json";

    /// <summary>The address <c>deployed.json</c> records for <paramref name="kind"/> (app, dataset, workerpool) on chain <paramref name="chainId"/>, or null.</summary>
    public Address? Deployed(string kind, BigInteger chainId)
    {
        var path = Path.Combine(Folder, DeployedFile);
        if (Read(path)?[kind]?[chainId.ToString(CultureInfo.InvariantCulture)] is not { } node)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String && Address.TryParse(node.GetValue<string>().ToLowerInvariant(), out var address)
            ? address
            : throw new FormatException($"{path}: {kind}.{chainId} is not an address.");
    }

    /// <summary>The text of <c>iexec.json</c>'s <c>app.&lt;field&gt;</c> (name, multiaddr, checksum), or null.</summary>
    public string? AppField(string field)
    {
        var path = Path.Combine(Folder, IexecFile);
        if (Read(path)?["app"]?[field] is not { } node)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : throw new FormatException($"{path}: app.{field} is not a string.");
    }

    /// <summary>Writes the SDK's <c>deployed.json</c> for one chain (sorted keys, LF), so that the SDK run in <see cref="Folder"/> finds the assets.</summary>
    public void WriteDeployed(BigInteger chainId, IReadOnlyDictionary<string, Address> assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var root = new JsonObject();
        foreach (var (kind, address) in assets.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            root[kind] = new JsonObject { [chainId.ToString(CultureInfo.InvariantCulture)] = address.ToString() };
        }

        File.WriteAllText(Path.Combine(Folder, DeployedFile), root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n" }) + "\n");
    }

    private static JsonObject? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new FormatException($"{path} is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path} is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }
}
