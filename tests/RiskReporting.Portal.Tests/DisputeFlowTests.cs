using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using RiskReporting.Engine.Disputes;
using RiskReporting.Evidence.Disputes;
using RiskReporting.Evidence.Handling;
using RiskReporting.Portal.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace RiskReporting.Portal.Tests;

/// <summary>A branch answers the regulator's disputes in the browser, and credit management reviews the answers.</summary>
[TestFixture]
public sealed class DisputeFlowTests : PlaywrightTest
{
    private const string DropPdf = """
        (b64) => {
          const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
          const transfer = new DataTransfer();
          transfer.items.add(new File([bytes], '营业执照.pdf', { type: 'application/pdf' }));
          return transfer;
        }
        """;

    [Test]
    public async Task ABranchUser_DropsAPdf_PreviewsIt_AndAnswers_AndAnotherBranchsItemIsNotFound()
    {
        await using var bank = await DisputeBank.OpenAsync();
        var portal = bank.Portal;
        var browser = await Browser.LaunchAsync(Playwright);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);
        var page = await Staff.LogInAsync(browser, portal, DisputeBank.BranchUser, "/disputes");

        var rows = page.Locator("[data-testid=disputes] tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToHaveAttributeAsync("data-dispute", "D0001");
        await Expect(rows.First).ToContainTextAsync("北京同创电力集团有限公司");
        await Expect(rows.First).ToContainTextAsync("186441.02");
        await Expect(rows.First).ToContainTextAsync("工商年报总资产186000.00万元");
        await Expect(rows.First.GetByTestId("overdue")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "30-disputes-inbox");

        await rows.First.GetByRole(AriaRole.Link, new() { Name = "D0001" }).ClickAsync();
        await Expect(page.GetByTestId("item-state")).ToHaveTextAsync("待处理");
        var transfer = await page.EvaluateHandleAsync(DropPdf, Convert.ToBase64String(PdfBytes()));
        await page.DispatchEventAsync("[data-testid=dropzone]", "drop", new { dataTransfer = transfer });
        await Expect(page.GetByTestId("done")).ToHaveTextAsync("已上传 1 个证明材料。");
        await Expect(page.GetByTestId("evidence")).ToContainTextAsync("营业执照.pdf");
        await Expect(page.GetByTestId("item-state")).ToHaveTextAsync("处理中");
        await Browser.ScreenshotAsync(page, "31-dispute-evidence-dropped");

        var preview = await page.Context.APIRequest.GetAsync(new Uri(new Uri(page.Url), await page.GetByTestId("preview").First.GetAttributeAsync("href")).ToString());
        var previewHeaders = preview.Headers;
        var previewBytes = await preview.BodyAsync();

        await page.GetByTestId("file-input").SetInputFilesAsync(new FilePayload { Name = "invoice.pdf", MimeType = "application/pdf", Buffer = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0] });
        var refused = await page.RunAndWaitForResponseAsync(() => page.GetByTestId("upload-form").GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync(), r => r.Request.Method == "POST");
        await Expect(page.GetByTestId("refusal")).ToContainTextAsync("举证材料被拒收，未作任何记录 (evidence refused)：invoice.pdf");
        await Browser.ScreenshotAsync(page, "32-dispute-evidence-refused");

        await page.GetByTestId("answer-form").Locator("textarea[name=explanation]").FillAsync("经核实，客户2025年末总资产以审计报告为准，本行报送值正确。");
        await page.GetByTestId("answer-form").GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await Expect(page.GetByTestId("done")).ToHaveTextAsync("已答复 RESULT 1，事项已提交信贷管理部审核。");
        await Expect(page.GetByTestId("item-state")).ToHaveTextAsync("已提交待审核");
        await Browser.ScreenshotAsync(page, "33-dispute-answered");

        var otherBranchs = await page.GotoAsync(portal.Url("/disputes/D0002").ToString());
        var otherText = await page.Locator("main").InnerTextAsync();
        var missing = await page.GotoAsync(portal.Url("/disputes/D9999").ToString());
        var missingText = await page.Locator("main").InnerTextAsync();
        await Browser.ScreenshotAsync(page, "34-dispute-other-branch-404");
        var otherEvidence = await page.Context.APIRequest.GetAsync(portal.Url("/disputes/D0002?handler=evidence&seq=1").ToString());
        await browser.CloseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(preview.Status, Is.EqualTo(200));
            Assert.That(previewHeaders["content-type"], Is.EqualTo("application/pdf"));
            Assert.That(previewHeaders["x-content-type-options"], Is.EqualTo("nosniff"));
            Assert.That(previewBytes, Is.EqualTo(PdfBytes()), "the preview is the stored file");
            Assert.That(refused.Status, Is.EqualTo(400), "a refused file is a rejected input");
            Assert.That(otherBranchs!.Status, Is.EqualTo(404));
            Assert.That(missing!.Status, Is.EqualTo(404));
            Assert.That(otherText, Is.EqualTo(missingText), "another branch's item reads as a missing one");
            Assert.That(otherEvidence.Status, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task AReviewer_ReturnsAnAnswer_TheBranchSeesWhy_AndAfterTheNewAnswerTheReviewerApproves()
    {
        await using var bank = await DisputeBank.OpenAsync();
        var portal = bank.Portal;
        var branch = await Staff.ActorAsync(portal, DisputeBank.BranchUser);
        var workflow = portal.Get<DisputeWorkflow>();
        var pdf = Path.Combine(bank.Folder, "licence.pdf");
        await File.WriteAllBytesAsync(pdf, PdfBytes());
        await workflow.AnswerAsync(new ItemReference("D0001"), new DisputeAnswer(DisputeResult.Confirmed, null, null, "本行报送值正确"), [new EvidenceUpload(pdf, "licence.pdf")], branch);
        var browser = await Browser.LaunchAsync(Playwright);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);

        var reviewer = await Staff.LogInAsync(browser, portal, DisputeBank.Reviewer, "/disputes");
        await Expect(reviewer.Locator("[data-testid=disputes] tbody tr")).ToHaveCountAsync(2);
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "D0001" }).ClickAsync();
        await Expect(reviewer.GetByTestId("item-state")).ToHaveTextAsync("已提交待审核");
        await reviewer.GetByTestId("review-form").Locator("textarea[name=reason]").FillAsync("请补充审计报告首页及总资产所在页");
        await Browser.ScreenshotAsync(reviewer, "35-dispute-review");
        await reviewer.GetByTestId("return").ClickAsync();
        await Expect(reviewer.GetByTestId("done")).ToContainTextAsync("已退回 100001");
        await Expect(reviewer.GetByTestId("item-state")).ToHaveTextAsync("已退回");

        var branchPage = await Staff.LogInAsync(browser, portal, DisputeBank.BranchUser, "/disputes");
        await Expect(branchPage.Locator("tr[data-dispute=D0001] [data-testid=state]")).ToHaveTextAsync("已退回");
        await branchPage.GetByRole(AriaRole.Link, new() { Name = "D0001" }).ClickAsync();
        await Expect(branchPage.GetByTestId("return-reason")).ToContainTextAsync("请补充审计报告首页及总资产所在页");
        await Browser.ScreenshotAsync(branchPage, "36-dispute-returned");
        await branchPage.GetByTestId("answer-form").Locator("textarea[name=explanation]").FillAsync("已补充审计报告首页及资产负债表页");
        await branchPage.GetByTestId("answer-form").GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await Expect(branchPage.GetByTestId("item-state")).ToHaveTextAsync("已提交待审核");

        await reviewer.GotoAsync(portal.Url("/disputes/D0001").ToString());
        await reviewer.GetByTestId("approve").ClickAsync();
        await Expect(reviewer.GetByTestId("done")).ToContainTextAsync("已审核通过");
        await Expect(reviewer.GetByTestId("item-state")).ToHaveTextAsync("审核通过");
        await Expect(reviewer.GetByTestId("history")).ToContainTextAsync("请补充审计报告首页及总资产所在页");
        await Browser.ScreenshotAsync(reviewer, "37-dispute-approved");
        await browser.CloseAsync();
    }

    private static readonly Lazy<byte[]> OnePagePdf = new(BuildPdf);

    /// <summary>A one-page PDF written by PdfPig's builder, as the evidence tests make one (built once: the builder stamps each document).</summary>
    private static byte[] PdfBytes() => [.. OnePagePdf.Value];

    private static byte[] BuildPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Business licence", 12, new PdfPoint(25, 700), font);
        return builder.Build();
    }
}
