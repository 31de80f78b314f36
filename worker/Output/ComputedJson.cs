namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>computed.json</c>, the iExec contract: <c>deterministic-output-path</c> names the file the
/// result digest is computed over (our manifest); <c>error-message</c> is added when the input was rejected.
/// </summary>
public static class ComputedJson
{
    public const string FileName = "computed.json";

    public static byte[] Write(string outputFolder, string? errorMessage) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("deterministic-output-path", outputFolder.TrimEnd('/') + "/" + ManifestWriter.FileName);
        if (errorMessage is not null)
        {
            w.WriteString("error-message", errorMessage);
        }

        w.WriteEndObject();
    });
}
