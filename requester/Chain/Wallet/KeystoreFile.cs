using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Daisee.Billing.Requester.Chain.Wallet;

/// <summary>The fields of a v3 keystore JSON file, parsed leniently (<c>crypto</c> or <c>Crypto</c>, optional address and id).</summary>
internal sealed record KeystoreFile(
    Address? Address, KeystoreOptions Options, byte[] Salt, byte[] Iv, byte[] CipherText, byte[] Mac, Guid? Id)
{
    private const string Cipher = "aes-128-ctr";

    public static bool TryParse(string? json, [NotNullWhen(true)] out KeystoreFile? file, [NotNullWhen(false)] out string? error)
    {
        file = null;
        try
        {
            using var document = JsonDocument.Parse(json ?? "");
            error = Read(document.RootElement, out file);
            return error is null;
        }
        catch (JsonException)
        {
            error = "The keystore is not valid JSON.";
            return false;
        }
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            if (Address is { } address)
            {
                writer.WriteString("address", address.ToLowerHex()[2..]);
            }

            writer.WriteStartObject("crypto");
            writer.WriteString("cipher", Cipher);
            writer.WriteString("ciphertext", Convert.ToHexStringLower(CipherText));
            writer.WriteStartObject("cipherparams");
            writer.WriteString("iv", Convert.ToHexStringLower(Iv));
            writer.WriteEndObject();
            WriteKdf(writer);
            writer.WriteString("mac", Convert.ToHexStringLower(Mac));
            writer.WriteEndObject();
            writer.WriteString("id", (Id ?? Guid.Empty).ToString("D", CultureInfo.InvariantCulture));
            writer.WriteNumber("version", 3);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private void WriteKdf(Utf8JsonWriter writer)
    {
        var scrypt = Options.Kdf == KeystoreKdf.Scrypt;
        writer.WriteString("kdf", scrypt ? "scrypt" : "pbkdf2");
        writer.WriteStartObject("kdfparams");
        if (!scrypt)
        {
            writer.WriteNumber("c", Options.Cost);
        }

        writer.WriteNumber("dklen", KeystoreCrypto.DerivedKeyLength);
        if (scrypt)
        {
            writer.WriteNumber("n", Options.Cost);
            writer.WriteNumber("p", Options.ScryptP);
            writer.WriteNumber("r", Options.ScryptR);
        }
        else
        {
            writer.WriteString("prf", "hmac-sha256");
        }

        writer.WriteString("salt", Convert.ToHexStringLower(Salt));
        writer.WriteEndObject();
    }

    private static string? Read(JsonElement root, out KeystoreFile? file)
    {
        file = null;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version)
            || !version.TryGetInt32(out var v) || v != 3)
        {
            return "Not a version 3 keystore.";
        }

        if (!root.TryGetProperty("crypto", out var crypto) && !root.TryGetProperty("Crypto", out crypto))
        {
            return "The keystore has no crypto section.";
        }

        if (Text(crypto, "cipher") != Cipher)
        {
            return $"Unsupported keystore cipher '{Text(crypto, "cipher")}' (only {Cipher}).";
        }

        var kdfError = KeystoreKdfReader.Read(crypto, out var options, out var salt);
        if (kdfError is not null)
        {
            return kdfError;
        }

        var iv = crypto.TryGetProperty("cipherparams", out var cipherParams) ? Bytes(cipherParams, "iv") : null;
        var cipherText = Bytes(crypto, "ciphertext");
        var mac = Bytes(crypto, "mac");
        if (iv is not { Length: 16 } || cipherText is not { Length: 32 } || mac is not { Length: 32 })
        {
            return "The keystore needs a 16-byte iv, a 32-byte ciphertext and a 32-byte mac.";
        }

        Guid? id = Guid.TryParse(Text(root, "id"), out var g) ? g : null;
        file = new KeystoreFile(ReadAddress(root), options!, salt!, iv, cipherText, mac, id);
        return null;
    }

    private static Address? ReadAddress(JsonElement root)
    {
        var text = Text(root, "address");
        var prefixed = text is not null && !text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? "0x" + text : text;
        return Chain.Address.TryParse(prefixed, out var address) ? address : null;
    }

    internal static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static byte[]? Bytes(JsonElement element, string name) =>
        Hex.TryDecode(Text(element, name), out var bytes) ? bytes : null;
}
