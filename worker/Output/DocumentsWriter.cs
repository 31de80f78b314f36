using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output.FacturX;
using Daisee.Billing.Worker.Output.Html;
using Daisee.Billing.Worker.Output.Pdf;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// Adds the billing documents to a result: <c>bills.csv</c>, <c>bills-fr.csv</c>, per consumer
/// <c>bill-&lt;prm&gt;.json|pdf</c>, per producer <c>statement-&lt;prm&gt;.json|pdf</c>, per invoice its
/// Factur-X PDF and CII XML (<see cref="InvoiceFiles"/>), and <c>report.html</c>.
/// </summary>
public static class DocumentsWriter
{
    public static void Write(OutputSet files, BillingPeriod period, Collective collective, AllocationResult allocation, BillingDocuments documents, ConformityReport report)
    {
        files.Add(BillsCsvWriter.FileName, BillsCsvWriter.Write(documents.Accounting));
        files.Add(BillsCsvWriter.FrenchFileName, BillsCsvWriter.WriteFrench(documents.Accounting));
        foreach (var p in allocation.Participants)
        {
            var prm = p.Participant.Prm;
            if (p.Side == Direction.Consumption && documents.LocalInvoiceOf(prm) is not null)
            {
                files.Add(ParticipantJsonWriter.BillName(prm), ParticipantJsonWriter.WriteBill(period, collective, p, documents));
                files.Add(InvoicePdfWriter.BillName(prm), InvoicePdfWriter.WriteBill(period, collective, p, documents));
            }
            else if (p.Side == Direction.Production && documents.StatementOf(prm) is { } statement)
            {
                files.Add(ParticipantJsonWriter.StatementName(prm), ParticipantJsonWriter.WriteStatement(period, collective, p, statement, documents));
                files.Add(InvoicePdfWriter.StatementName(prm), InvoicePdfWriter.WriteStatement(period, collective, p, statement, documents));
            }
        }

        foreach (var invoice in documents.Invoices)
        {
            var member = allocation.Participants.First(p => p.Side == Direction.Consumption && p.Participant.Prm == invoice.Buyer.Prm);
            var xml = CiiInvoiceWriter.Write(invoice, collective, period);
            files.Add(InvoiceFiles.XmlName(invoice), xml);
            files.Add(InvoiceFiles.PdfName(invoice), InvoicePdfWriter.WriteInvoice(period, collective, member, invoice, xml));
        }

        foreach (var c in documents.Corrections)
        {
            var member = allocation.Participants.First(p => p.Side == Direction.Consumption && p.Participant.Prm == c.Buyer);
            var preceding = new CiiInvoiceWriter.Preceding(c.Cancelled.Number, c.Cancelled.IssueDate, c.Reason);
            var xml = CiiInvoiceWriter.Write(c.CreditNote, collective, period, CiiInvoiceWriter.CreditNoteType, preceding);
            files.Add(InvoiceFiles.XmlName(c.CreditNote), xml);
            files.Add(InvoiceFiles.PdfName(c.CreditNote), InvoicePdfWriter.WriteInvoice(period, collective, member, c.CreditNote, xml, "Avoir", preceding.Mention(c.CreditNote.Number)));
        }

        files.Add(ReportHtmlWriter.FileName, ReportHtmlWriter.Write(period, collective, allocation, documents, report));
    }
}
