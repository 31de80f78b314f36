using System.Runtime.ExceptionServices;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output.FacturX;
using Daisee.Billing.Worker.Output.Html;
using Daisee.Billing.Worker.Output.Pdf;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// Adds the billing documents to a result: <c>bills.csv</c>, <c>bills-fr.csv</c>, per consumer
/// <c>bill-&lt;id&gt;.json|pdf</c>, per producer <c>statement-&lt;id&gt;.json|pdf</c> (pseudonymous ids,
/// <see cref="MemberFiles"/>), per invoice its Factur-X PDF and CII XML (<see cref="InvoiceFiles"/>),
/// <c>report.html</c> and the organiser's id ↔ PRM table <see cref="MemberFiles.TableName"/>.
/// The documents are independent of one another: they are built in parallel, one per core, and
/// each goes to the <see cref="OutputSet"/> under its own name as soon as it is built, so no byte
/// and no order of the result depends on thread timing.
/// </summary>
public static class DocumentsWriter
{
    public static void Write(OutputSet files, BillingPeriod period, Collective collective, AllocationResult allocation, BillingDocuments documents, ConformityReport report)
    {
        var jobs = Jobs(period, collective, allocation, documents, report);
        try
        {
            // Each document is handed on as soon as it is built (the set is sorted by name, whatever the order they come in).
            Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => files.Add(jobs[i].Name, jobs[i].Build()));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private static List<(string Name, Func<byte[]> Build)> Jobs(BillingPeriod period, Collective collective, AllocationResult allocation, BillingDocuments documents, ConformityReport report)
    {
        // The longest single documents first, so that neither core is left alone with one at the end.
        var jobs = new List<(string Name, Func<byte[]> Build)>
        {
            (ReportHtmlWriter.FileName, () => ReportHtmlWriter.Write(period, collective, allocation, documents, report)),
            (BillsCsvWriter.FileName, () => BillsCsvWriter.Write(documents.Accounting)),
            (BillsCsvWriter.FrenchFileName, () => BillsCsvWriter.WriteFrench(documents.Accounting)),
            (MemberFiles.TableName, () => MemberFiles.WriteTable(collective)),
        };
        var ids = MemberFiles.Ids(collective);
        var consumers = new Dictionary<Prm, ParticipantAllocation>();
        foreach (var p in allocation.Participants)
        {
            var prm = p.Participant.Prm;
            if (p.Side == Direction.Consumption)
            {
                consumers.TryAdd(prm, p);
            }

            if (p.Side == Direction.Consumption && documents.LocalInvoiceOf(prm) is not null)
            {
                jobs.Add((MemberFiles.BillJson(ids[prm]), () => ParticipantJsonWriter.WriteBill(period, collective, p, documents)));
                jobs.Add((MemberFiles.BillPdf(ids[prm]), () => InvoicePdfWriter.WriteBill(period, collective, p, documents)));
            }
            else if (p.Side == Direction.Production && documents.StatementOf(prm) is { } statement)
            {
                jobs.Add((MemberFiles.StatementJson(ids[prm]), () => ParticipantJsonWriter.WriteStatement(period, collective, p, statement, documents)));
                jobs.Add((MemberFiles.StatementPdf(ids[prm]), () => InvoicePdfWriter.WriteStatement(period, collective, p, statement, documents)));
            }
        }

        AddInvoices(jobs, period, collective, documents, consumers);
        return jobs;
    }

    /// <summary>Each invoice's and credit note's CII XML and Factur-X PDF (which embeds the same XML, built once).</summary>
    private static void AddInvoices(List<(string Name, Func<byte[]> Build)> jobs, BillingPeriod period, Collective collective, BillingDocuments documents, Dictionary<Prm, ParticipantAllocation> consumers)
    {
        foreach (var invoice in documents.Invoices)
        {
            var member = consumers[invoice.Buyer.Prm];
            var xml = new Lazy<byte[]>(() => CiiInvoiceWriter.Write(invoice, collective, period));
            jobs.Add((InvoiceFiles.XmlName(invoice), () => xml.Value));
            jobs.Add((InvoiceFiles.PdfName(invoice), () => InvoicePdfWriter.WriteInvoice(period, collective, member, invoice, xml.Value)));
        }

        foreach (var c in documents.Corrections)
        {
            var member = consumers[c.Buyer];
            var preceding = new CiiInvoiceWriter.Preceding(c.Cancelled.Number, c.Cancelled.IssueDate, c.Reason);
            var xml = new Lazy<byte[]>(() => CiiInvoiceWriter.Write(c.CreditNote, collective, period, CiiInvoiceWriter.CreditNoteType, preceding));
            jobs.Add((InvoiceFiles.XmlName(c.CreditNote), () => xml.Value));
            jobs.Add((InvoiceFiles.PdfName(c.CreditNote), () => InvoicePdfWriter.WriteInvoice(period, collective, member, c.CreditNote, xml.Value, "Avoir", preceding.Mention(c.CreditNote.Number))));
        }
    }
}
