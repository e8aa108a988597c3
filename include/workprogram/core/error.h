#pragma once

#include <QString>

#include <stdexcept>

namespace wp {

/// What every error the program reports carries: a message for the person, in their language.
/// Code that only shows the message catches this; code that decides by the kind of error (the
/// CLI's exit codes) catches the kinds below it.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString& message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

/// A rule of the domain refuses what was asked (who may, what is missing, a wrong password):
/// nothing was written and the database is fine, so it is never a storage error (the CLI's exit
/// code 3). The kinds live beside the services that decide them (PermissionError,
/// InvalidRequestError, AuthenticationError in wp_storage).
class DomainError : public Error
{
public:
    using Error::Error;
};

} // namespace wp
