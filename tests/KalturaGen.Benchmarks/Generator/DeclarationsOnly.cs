using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KalturaGen.Benchmarks.Generator;

/// <summary>
/// A lower bound for the whole-API build: the generated files with every body taken out, leaving the declarations a
/// typed SDK cannot do without (models with their properties, enums, service and Refit interfaces, parameters classes,
/// the signatures of every implementation). Methods and computed properties become <c>=> throw null!</c>, void
/// methods <c>{ }</c>, properties with accessor bodies auto-properties; initializers go. Constructors stay whole (they
/// only assign), and so do the string enums' one-line <c>==</c> and <c>!=</c> operators. Not a working SDK: the build time of what any typed SDK of this API must declare.
/// <c>--declarations-only GENERATED-FOLDER OUT-FOLDER</c>; scripts/whole-api-build-times.sh builds the result.
/// </summary>
internal static class DeclarationsOnly
{
    public static int Run(string generatedFolder, string outFolder)
    {
        Directory.CreateDirectory(outFolder);
        var files = Directory.GetFiles(generatedFolder, "*.g.cs", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            var stripped = new BodyStripper().Visit(root)!.NormalizeWhitespace();
            File.WriteAllText(Path.Combine(outFolder, Path.GetFileName(file)), stripped.ToFullString());
        }

        Console.WriteLine($"{files.Length} files stripped to declarations in {outFolder}");
        return files.Length == 0 ? 1 : 0;
    }

    private sealed class BodyStripper : CSharpSyntaxRewriter
    {
        private static readonly ArrowExpressionClauseSyntax Throw =
            SyntaxFactory.ArrowExpressionClause(SyntaxFactory.ParseExpression("throw null!"));

        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            if (node.Body is null && node.ExpressionBody is null)
            {
                return node;
            }

            var method = node.WithModifiers(WithoutAsync(node.Modifiers)).WithExpressionBody(null).WithBody(null)
                .WithSemicolonToken(default);
            return IsVoid(node.ReturnType)
                ? method.WithBody(SyntaxFactory.Block())
                : method.WithExpressionBody(Throw).WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken));
        }

        public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
        {
            if (node.ExpressionBody is not null)
            {
                return node.WithExpressionBody(Throw);
            }

            if (node.AccessorList is null || node.Parent is InterfaceDeclarationSyntax)
            {
                return node;
            }

            var accessors = node.AccessorList.Accessors.Select(a =>
                a.WithBody(null).WithExpressionBody(null).WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken)));
            return node.WithAccessorList(SyntaxFactory.AccessorList(SyntaxFactory.List(accessors)))
                .WithInitializer(null).WithSemicolonToken(default);
        }

        public override SyntaxNode? VisitVariableDeclarator(VariableDeclaratorSyntax node) =>
            node.Parent?.Parent is FieldDeclarationSyntax field && !field.Modifiers.Any(SyntaxKind.ConstKeyword)
                ? node.WithInitializer(null)
                : node;

        private static SyntaxTokenList WithoutAsync(SyntaxTokenList modifiers) =>
            SyntaxFactory.TokenList(modifiers.Where(m => !m.IsKind(SyntaxKind.AsyncKeyword)));

        private static bool IsVoid(TypeSyntax type) => type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };
    }
}
