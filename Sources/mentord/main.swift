import Foundation
import MentorApp

exit(MentordCLI.run(Array(CommandLine.arguments.dropFirst())))
