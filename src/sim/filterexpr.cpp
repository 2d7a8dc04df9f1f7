// SPDX-License-Identifier: MIT
#include "filterexpr.h"

#include <QRegularExpression>

#include <vector>

namespace dwh::sim {

struct FilterNode
{
    enum class Kind { Or, And, Not, Compare, Function, Path, Literal };
    Kind kind = Kind::Literal;
    QString op;           // comparison operator or function name
    QStringList path;     // for Path
    QJsonValue literal;   // for Literal
    std::vector<std::shared_ptr<const FilterNode>> children;
};

FieldResolver::~FieldResolver() = default;

QJsonValue PlainResolver::value(const QJsonObject &row, const QStringList &path) const
{
    return path.size() == 1 ? row.value(path.first()) : QJsonValue();
}

namespace {

struct Token
{
    enum class Type { End, LParen, RParen, Comma, Name, String, Number, Guid, Enum };
    Type type = Type::End;
    QString text;   // name, path, string value, number text, guid, enum value
    int pos = 0;    // 0-based position in the input
};

// An OData DateTimeOffset literal (createdon ge 2026-12-04T06:30:05Z); compared as text with the
// stored ISO 8601 UTC values.
const QRegularExpression &dateTimePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "\\G\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?(Z|[+-]\\d{2}:\\d{2})(?![0-9A-Za-z_])"));
    return re;
}

const QRegularExpression &guidPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "\\G[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z_])"));
    return re;
}

bool isNameStart(QChar c) { return c.isLetter() || c == u'_' || c == u'@'; }
bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'@'; }

QString syntaxError(const QString &text, int pos)
{
    return QStringLiteral("Syntax error at position %1 in '%2'.").arg(pos).arg(text);
}

bool tokenize(const QString &text, std::vector<Token> *out, QString *error)
{
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) { ++i; continue; }
        if (int(out->size()) >= FilterExpr::MaxTokens) {
            *error = QStringLiteral("The $filter expression has too many terms (limit %1).")
                         .arg(FilterExpr::MaxTokens);
            return false;
        }
        Token t;
        t.pos = i;
        if (c == u'(' || c == u')' || c == u',') {
            t.type = c == u'(' ? Token::Type::LParen
                   : c == u')' ? Token::Type::RParen : Token::Type::Comma;
            ++i;
        } else if (c == u'\'') {
            t.type = Token::Type::String;
            ++i;
            bool closed = false;
            while (i < n) {
                if (text.at(i) == u'\'') {
                    if (i + 1 < n && text.at(i + 1) == u'\'') { t.text += u'\''; i += 2; continue; }
                    ++i;
                    closed = true;
                    break;
                }
                t.text += text.at(i++);
            }
            if (!closed) {
                *error = QStringLiteral("There is an unterminated string literal at position %1 in '%2'.")
                             .arg(t.pos).arg(text);
                return false;
            }
        } else if (const auto d = dateTimePattern().match(text, i); d.hasMatch()) {
            t.type = Token::Type::String;
            t.text = d.captured(0);
            i += int(d.capturedLength());
        } else if (const auto m = guidPattern().match(text, i); m.hasMatch()) {
            t.type = Token::Type::Guid;
            t.text = m.captured(0).toLower();
            i += int(m.capturedLength());
        } else if (c.isDigit() || (c == u'-' && i + 1 < n && text.at(i + 1).isDigit())) {
            t.type = Token::Type::Number;
            int j = i + 1;
            while (j < n && text.at(j).isDigit()) ++j;
            if (j < n && text.at(j) == u'.') {
                ++j;
                if (j >= n || !text.at(j).isDigit()) { *error = syntaxError(text, j); return false; }
                while (j < n && text.at(j).isDigit()) ++j;
            }
            if (j < n && (isNameChar(text.at(j)))) { *error = syntaxError(text, j); return false; }
            t.text = text.mid(i, j - i);
            i = j;
        } else if (isNameStart(c)) {
            int j = i;
            // a path: name ('/' name)*
            while (true) {
                while (j < n && isNameChar(text.at(j))) ++j;
                if (j + 1 < n && text.at(j) == u'/' && isNameStart(text.at(j + 1))) { ++j; continue; }
                break;
            }
            t.text = text.mid(i, j - i);
            i = j;
            if (i < n && text.at(i) == u'\'') {
                // enum literal: Namespace.Type'Value'
                const int close = int(text.indexOf(u'\'', i + 1));
                if (close < 0 || !t.text.contains(u'.') || t.text.contains(u'/')) {
                    *error = syntaxError(text, i);
                    return false;
                }
                t.type = Token::Type::Enum;
                t.text = text.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                t.type = Token::Type::Name;
                if (t.text.endsWith(u'.') || t.text.contains(QStringLiteral(".."))) {
                    *error = syntaxError(text, t.pos);
                    return false;
                }
            }
        } else {
            *error = QStringLiteral("Syntax error: character '%1' is not valid at position %2 in '%3'.")
                         .arg(c).arg(i).arg(text);
            return false;
        }
        out->push_back(t);
    }
    Token end;
    end.pos = n;
    out->push_back(end);
    return true;
}

bool isComparison(const QString &s)
{
    return s == QLatin1String("eq") || s == QLatin1String("ne") || s == QLatin1String("gt")
        || s == QLatin1String("ge") || s == QLatin1String("lt") || s == QLatin1String("le");
}

bool isFunction(const QString &s)
{
    return s == QLatin1String("contains") || s == QLatin1String("startswith")
        || s == QLatin1String("endswith");
}

using NodePtr = std::shared_ptr<FilterNode>;

class Parser
{
public:
    Parser(const QString &text, const std::vector<Token> &tokens) : m_text(text), m_tokens(tokens) {}

    NodePtr parseAll(QString *error)
    {
        NodePtr root = parseOr(0);
        if (root && peek().type != Token::Type::End)
            fail(syntaxError(m_text, peek().pos));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return root;
    }

private:
    const Token &peek() const { return m_tokens[m_index]; }
    const Token &next() { return m_tokens[m_index < m_tokens.size() - 1 ? m_index++ : m_index]; }
    bool peekName(const char *word) const
    {
        return peek().type == Token::Type::Name && peek().text == QLatin1String(word);
    }
    NodePtr fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return nullptr;
    }
    bool tooDeep(int depth)
    {
        if (depth <= FilterExpr::MaxDepth)
            return false;
        fail(QStringLiteral("The $filter expression is nested too deeply (limit %1).")
                 .arg(FilterExpr::MaxDepth));
        return true;
    }

    NodePtr binary(FilterNode::Kind kind, NodePtr left, NodePtr right)
    {
        auto node = std::make_shared<FilterNode>();
        node->kind = kind;
        node->children = {std::move(left), std::move(right)};
        return node;
    }

    NodePtr parseOr(int depth)
    {
        if (tooDeep(depth)) return nullptr;
        NodePtr left = parseAnd(depth);
        while (left && peekName("or")) {
            next();
            NodePtr right = parseAnd(depth);
            if (!right) return nullptr;
            left = binary(FilterNode::Kind::Or, left, right);
        }
        return left;
    }

    NodePtr parseAnd(int depth)
    {
        NodePtr left = parseUnary(depth);
        while (left && peekName("and")) {
            next();
            NodePtr right = parseUnary(depth);
            if (!right) return nullptr;
            left = binary(FilterNode::Kind::And, left, right);
        }
        return left;
    }

    NodePtr parseUnary(int depth)
    {
        if (tooDeep(depth)) return nullptr;
        if (peekName("not")) {
            next();
            NodePtr inner = parseUnary(depth + 1);
            if (!inner) return nullptr;
            auto node = std::make_shared<FilterNode>();
            node->kind = FilterNode::Kind::Not;
            node->children = {inner};
            return node;
        }
        if (peek().type == Token::Type::LParen) {
            next();
            NodePtr inner = parseOr(depth + 1);
            if (!inner) return nullptr;
            if (peek().type != Token::Type::RParen)
                return fail(QStringLiteral("')' or operator expected at position %1 in '%2'.")
                                .arg(peek().pos).arg(m_text));
            next();
            return inner;
        }
        return parseComparison();
    }

    NodePtr parseComparison()
    {
        if (peek().type == Token::Type::Name && isFunction(peek().text))
            return parseFunction();
        NodePtr left = parseOperand();
        if (!left) return nullptr;
        if (peek().type != Token::Type::Name || !isComparison(peek().text)) {
            if (peek().type == Token::Type::End)
                return fail(QStringLiteral("Expression expected at position %1 in '%2'.")
                                .arg(peek().pos).arg(m_text));
            return fail(syntaxError(m_text, peek().pos));
        }
        auto node = std::make_shared<FilterNode>();
        node->kind = FilterNode::Kind::Compare;
        node->op = next().text;
        NodePtr right = parseOperand();
        if (!right) return nullptr;
        node->children = {left, right};
        return node;
    }

    NodePtr parseFunction()
    {
        auto node = std::make_shared<FilterNode>();
        node->kind = FilterNode::Kind::Function;
        node->op = next().text;
        if (peek().type != Token::Type::LParen)
            return fail(QStringLiteral("'(' expected at position %1 in '%2'.").arg(peek().pos).arg(m_text));
        next();
        NodePtr a = parseOperand();
        if (!a) return nullptr;
        if (peek().type != Token::Type::Comma)
            return fail(QStringLiteral("',' expected at position %1 in '%2'.").arg(peek().pos).arg(m_text));
        next();
        NodePtr b = parseOperand();
        if (!b) return nullptr;
        if (peek().type != Token::Type::RParen)
            return fail(QStringLiteral("')' expected at position %1 in '%2'.").arg(peek().pos).arg(m_text));
        next();
        node->children = {a, b};
        return node;
    }

    NodePtr parseOperand()
    {
        const Token t = next();
        auto node = std::make_shared<FilterNode>();
        node->kind = FilterNode::Kind::Literal;
        switch (t.type) {
        case Token::Type::String:
        case Token::Type::Guid:
        case Token::Type::Enum:
            node->literal = t.text;
            return node;
        case Token::Type::Number: {
            bool ok = false;
            const double v = t.text.toDouble(&ok);
            if (!ok) return fail(syntaxError(m_text, t.pos));
            node->literal = v;
            return node;
        }
        case Token::Type::Name:
            if (t.text == QLatin1String("null")) { node->literal = QJsonValue(QJsonValue::Null); return node; }
            if (t.text == QLatin1String("true")) { node->literal = true; return node; }
            if (t.text == QLatin1String("false")) { node->literal = false; return node; }
            if (isComparison(t.text) || t.text == QLatin1String("and") || t.text == QLatin1String("or")
                || t.text == QLatin1String("not") || t.text.contains(u'.') || t.text.startsWith(u'@'))
                return fail(syntaxError(m_text, t.pos));
            node->kind = FilterNode::Kind::Path;
            node->path = t.text.split(u'/');
            return node;
        case Token::Type::End:
            return fail(QStringLiteral("Expression expected at position %1 in '%2'.").arg(t.pos).arg(m_text));
        default:
            return fail(syntaxError(m_text, t.pos));
        }
    }

    const QString &m_text;
    const std::vector<Token> &m_tokens;
    std::size_t m_index = 0;
    QString m_error;
};

// -1, 0, 1, or 2 when incomparable.
int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    const bool an = a.isNull() || a.isUndefined();
    const bool bn = b.isNull() || b.isUndefined();
    if (an || bn)
        return an && bn ? 0 : 2;
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    if (a.isString() && b.isString()) {
        const int c = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    // Numbers held as strings (e.g. an enum stored as its number) compare as text.
    if ((a.isString() && b.isDouble()) || (a.isDouble() && b.isString())) {
        const QString sa = a.isString() ? a.toString() : QString::number(a.toDouble());
        const QString sb = b.isString() ? b.toString() : QString::number(b.toDouble());
        return sa.compare(sb, Qt::CaseInsensitive) == 0 ? 0 : 2;
    }
    return 2;
}

bool wildcardMatch(const QString &value, const QString &pattern)
{
    const QString re = QRegularExpression::wildcardToRegularExpression(
        pattern, QRegularExpression::UnanchoredWildcardConversion);
    return QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$'),
                              QRegularExpression::CaseInsensitiveOption).match(value).hasMatch();
}

struct Evaluator
{
    const QJsonObject &row;
    const FieldResolver &resolver;
    bool wildcard;

    QJsonValue operand(const FilterNode &n) const
    {
        return n.kind == FilterNode::Kind::Path ? resolver.value(row, n.path) : n.literal;
    }

    bool eval(const FilterNode &n) const
    {
        switch (n.kind) {
        case FilterNode::Kind::Or: return eval(*n.children[0]) || eval(*n.children[1]);
        case FilterNode::Kind::And: return eval(*n.children[0]) && eval(*n.children[1]);
        case FilterNode::Kind::Not: return !eval(*n.children[0]);
        case FilterNode::Kind::Function: {
            const QString a = operand(*n.children[0]).toString();
            const QString b = operand(*n.children[1]).toString();
            if (n.op == QLatin1String("contains")) return a.contains(b, Qt::CaseInsensitive);
            if (n.op == QLatin1String("startswith")) return a.startsWith(b, Qt::CaseInsensitive);
            return a.endsWith(b, Qt::CaseInsensitive);
        }
        case FilterNode::Kind::Compare: {
            const QJsonValue a = operand(*n.children[0]);
            const QJsonValue b = operand(*n.children[1]);
            if (wildcard && (n.op == QLatin1String("eq") || n.op == QLatin1String("ne")) && a.isString()
                && b.isString() && b.toString().contains(u'*')) {
                const bool m = wildcardMatch(a.toString(), b.toString());
                return n.op == QLatin1String("eq") ? m : !m;
            }
            const int c = compareValues(a, b);
            if (n.op == QLatin1String("eq")) return c == 0;
            if (n.op == QLatin1String("ne")) return c != 0;
            if (c == 2) return false;
            if (n.op == QLatin1String("gt")) return c > 0;
            if (n.op == QLatin1String("ge")) return c >= 0;
            if (n.op == QLatin1String("lt")) return c < 0;
            return c <= 0;
        }
        case FilterNode::Kind::Path:
        case FilterNode::Kind::Literal:
            return operand(n).toBool();
        }
        return false;
    }
};

void collectPaths(const FilterNode &n, QList<QStringList> *out)
{
    if (n.kind == FilterNode::Kind::Path && !out->contains(n.path))
        out->append(n.path);
    for (const auto &c : n.children)
        collectPaths(*c, out);
}

} // namespace

FilterExpr::FilterExpr() = default;
FilterExpr::~FilterExpr() = default;
FilterExpr::FilterExpr(const FilterExpr &other) = default;
FilterExpr &FilterExpr::operator=(const FilterExpr &other) = default;

bool FilterExpr::parse(const QString &text, FilterExpr *out, QString *error)
{
    QString dummy;
    QString *err = error ? error : &dummy;
    *out = FilterExpr();
    if (text.size() > MaxLength) {
        *err = QStringLiteral("The $filter expression is too long (limit %1 characters).").arg(MaxLength);
        return false;
    }
    if (text.trimmed().isEmpty()) {
        *err = QStringLiteral("Expression expected at position 0 in '%1'.").arg(text);
        return false;
    }
    std::vector<Token> tokens;
    if (!tokenize(text, &tokens, err))
        return false;
    Parser parser(text, tokens);
    NodePtr root = parser.parseAll(err);
    if (!root)
        return false;
    out->m_root = root;
    return true;
}

bool FilterExpr::isEmpty() const { return !m_root; }

bool FilterExpr::matches(const QJsonObject &row, const FieldResolver &resolver) const
{
    if (!m_root)
        return true;
    return Evaluator{row, resolver, m_wildcard}.eval(*m_root);
}

QList<QStringList> FilterExpr::paths() const
{
    QList<QStringList> out;
    if (m_root)
        collectPaths(*m_root, &out);
    return out;
}

void FilterExpr::setWildcardEquals(bool on) { m_wildcard = on; }

} // namespace dwh::sim
