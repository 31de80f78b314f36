using Daisee.Billing.Contract;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>computed.json</c> (<see cref="ComputedDocument"/>), the iExec contract:
/// <c>deterministic-output-path</c> names our manifest; <c>error-message</c> is added when the input was rejected.
/// </summary>
public static class ComputedJson
{
    public const string FileName = ComputedDocument.FileName;

    public static byte[] Write(string outputFolder, string? errorMessage)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        var document = new ComputedDocument(outputFolder.TrimEnd('/') + "/" + ManifestWriter.FileName, errorMessage);
        return ContractJson.Write(document, ContractJsonContext.Default.ComputedDocument);
    }
}
